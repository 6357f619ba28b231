package dev.rulesmith.validator.checks;

import dev.rulesmith.validator.check.RuleCheck;
import dev.rulesmith.validator.check.RuleContext;
import dev.rulesmith.validator.checks.MarkdownHeadings.Heading;
import dev.rulesmith.validator.finding.Finding;
import dev.rulesmith.validator.finding.Severity;
import dev.rulesmith.validator.model.RuleFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The note's setup section is one detection-rules can move into Kibana's separate setup field: headed exactly
 * {@code ## Setup}, with no level-2 heading about "config", and not written twice, in note and in rule.setup
 * (detection-rules' DataValidator.validate_note).
 */
public final class NoteSetup implements RuleCheck {

    @Override
    public String id() {
        return "note-setup";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "A setup section in note must be headed exactly '## Setup' and must not repeat rule.setup.";
    }

    @Override
    public List<Finding> check(RuleContext context) {
        RuleFile rule = context.rule();
        String note = rule.string("rule.note").orElse("");
        List<Finding> findings = new ArrayList<>();
        Heading setup = null;
        for (Heading heading : MarkdownHeadings.of(note)) {
            String lower = heading.text().toLowerCase(Locale.ROOT);
            if (lower.equals("setup")) {
                setup = setup == null ? heading : setup;
                problem(heading).ifPresent(m -> findings.add(at(rule, heading, m)));
            } else if (heading.level() == 2 && lower.contains("config")) {
                findings.add(at(rule, heading, "level-2 heading '" + heading.text()
                        + "' in note: configuration belongs under '## Setup' (use a level-3 heading)"));
            }
        }
        boolean setupField = rule.string("rule.setup").filter(s -> !s.isBlank() && !s.equals("None")).isPresent();
        if (setup != null && setupField) {
            findings.add(at(rule, setup, "setup is written twice, in note and in rule.setup: keep one (rule.setup for "
                    + "Kibana 8.3 and later)"));
        }
        return findings;
    }

    private static Optional<String> problem(Heading heading) {
        if (heading.level() != 2) {
            return Optional.of("setup heading at level " + heading.level() + ": write it as '## Setup'");
        }
        return heading.text().equals("Setup") ? Optional.empty()
                : Optional.of("setup heading '" + heading.text() + "' must be spelled 'Setup'");
    }

    private Finding at(RuleFile rule, Heading heading, String message) {
        return finding(rule, RuleFacts.inText(rule, "rule.note", heading.line(), 1), "rule.note: " + message);
    }
}
