package dev.rulesmith.validator.checks;

import dev.rulesmith.validator.check.RuleCheck;
import dev.rulesmith.validator.check.RuleContext;
import dev.rulesmith.validator.finding.Finding;
import dev.rulesmith.validator.finding.Severity;
import dev.rulesmith.validator.model.KeyPath;
import dev.rulesmith.validator.model.RuleFile;
import java.util.ArrayList;
import java.util.List;
import org.tomlj.TomlArray;

/**
 * Opt-in: every mapped tactic after the primary one also has its {@code Tactic: <Name>} tag, so that tag filters find
 * the rule under each of its tactics. detection-rules requires the primary tactic's tag only (see tactic-tag-primary),
 * and 374 of its active rules leave secondary tactics untagged, hence a note that runs only when enabled.
 */
public final class TacticTagSecondary implements RuleCheck {

    @Override
    public String id() {
        return "tactic-tag-secondary";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.NOTE;
    }

    @Override
    public String summary() {
        return "Opt-in: each mapped tactic after the primary one should also be a 'Tactic: <Name>' tag.";
    }

    @Override
    public boolean defaultEnabled() {
        return false;
    }

    @Override
    public List<Finding> check(RuleContext context) {
        RuleFile rule = context.rule();
        List<String> tags = RuleFacts.tags(rule);
        if (RuleFacts.deprecated(rule) || tags.contains("Continuous Monitoring")
                || rule.string("rule.type").filter("machine_learning"::equals).isPresent()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        int count = rule.array("rule.threat").map(TomlArray::size).orElse(0);
        for (int i = 1; i < count; i++) {
            String path = "rule.threat[" + i + "].tactic.name";
            rule.string(path).filter(name -> !tags.contains("Tactic: " + name)).ifPresent(name -> findings.add(
                    finding(rule, KeyPath.parse(path), "tags lack 'Tactic: " + name + "' for this mapped tactic: add "
                            + "it so that tag filters find the rule under " + name)));
        }
        return findings;
    }
}
