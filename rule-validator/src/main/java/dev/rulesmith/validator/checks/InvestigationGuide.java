package dev.rulesmith.validator.checks;

import dev.rulesmith.validator.check.Profile;
import dev.rulesmith.validator.check.RuleCheck;
import dev.rulesmith.validator.check.RuleContext;
import dev.rulesmith.validator.finding.Finding;
import dev.rulesmith.validator.finding.Severity;
import dev.rulesmith.validator.model.KeyPath;
import dev.rulesmith.validator.model.RuleFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Elastic convention: Elastic's high and critical rules (not building blocks) have an investigation guide, a note with
 * '## Triage and analysis', and a guide's '### Investigating' heading names the rule (detection-rules'
 * test_note_contains_triage_and_analysis and test_investigation_guide_uses_rule_name).
 */
public final class InvestigationGuide implements RuleCheck {

    private static final String TRIAGE = "## triage and analysis";
    private static final String INVESTIGATING = "### Investigating";

    @Override
    public String id() {
        return "investigation-guide";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "High and critical Elastic rules need a '## Triage and analysis' guide naming the rule.";
    }

    @Override
    public Set<Profile> profiles() {
        return Profile.ELASTIC_ONLY;
    }

    @Override
    public List<Finding> check(RuleContext context) {
        RuleFile rule = context.rule();
        if (RuleFacts.deprecated(rule)) {
            return List.of();
        }
        Optional<String> note = rule.string("rule.note");
        List<Finding> findings = new ArrayList<>();
        if (needsGuide(rule) && note.filter(n -> n.toLowerCase(Locale.ROOT).contains(TRIAGE)).isEmpty()) {
            KeyPath at = note.isPresent() ? KeyPath.parse("rule.note") : KeyPath.parse("rule.severity");
            findings.add(finding(rule, at, "a " + rule.string("rule.severity").orElse("") + " rule needs an "
                    + "investigation guide: add a '## Triage and analysis' section to rule.note"));
        }
        String name = rule.string("rule.name").orElse("");
        int heading = note.map(n -> n.indexOf(INVESTIGATING)).orElse(-1);
        if (heading >= 0 && !Pattern.compile(Pattern.quote(INVESTIGATING) + "\\s+" + Pattern.quote(name),
                Pattern.CASE_INSENSITIVE).matcher(note.get()).find()) {
            int line = (int) note.get().substring(0, heading).chars().filter(c -> c == '\n').count() + 1;
            findings.add(finding(rule, RuleFacts.inText(rule, "rule.note", line, 1), "rule.note: the guide's "
                    + "heading must name the rule: '" + INVESTIGATING + " " + name + "'"));
        }
        return findings;
    }

    private static boolean needsGuide(RuleFile rule) {
        boolean elastic = RuleFacts.strings(rule, "rule.author").stream()
                .anyMatch(a -> a != null && a.toLowerCase(Locale.ROOT).equals("elastic"));
        boolean buildingBlock = rule.value(KeyPath.parse("rule.building_block_type")).isPresent();
        boolean minor = rule.string("rule.severity").filter(s -> s.equals("medium") || s.equals("low")).isPresent();
        return elastic && !buildingBlock && !minor;
    }
}
