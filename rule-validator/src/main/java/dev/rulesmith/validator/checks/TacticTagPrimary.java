package dev.rulesmith.validator.checks;

import dev.rulesmith.validator.check.Profile;
import dev.rulesmith.validator.check.RuleCheck;
import dev.rulesmith.validator.check.RuleContext;
import dev.rulesmith.validator.finding.Finding;
import dev.rulesmith.validator.finding.Severity;
import dev.rulesmith.validator.model.KeyPath;
import dev.rulesmith.validator.model.RuleFile;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Elastic convention: a rule's primary tactic (its first threat entry) is also a {@code Tactic: <Name>} tag, except on
 * machine learning rules and rules tagged 'Continuous Monitoring' (detection-rules' test_primary_tactic_as_tag).
 */
public final class TacticTagPrimary implements RuleCheck {

    @Override
    public String id() {
        return "tactic-tag-primary";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "The primary tactic (rule.threat[0]) must also be a 'Tactic: <Name>' tag.";
    }

    @Override
    public Set<Profile> profiles() {
        return Profile.ELASTIC_ONLY;
    }

    @Override
    public List<Finding> check(RuleContext context) {
        RuleFile rule = context.rule();
        List<String> tags = RuleFacts.tags(rule);
        Optional<String> primary = RuleFacts.primaryTactic(rule);
        boolean exempt = tags.contains("Continuous Monitoring")
                || rule.string("rule.type").filter("machine_learning"::equals).isPresent();
        if (RuleFacts.deprecated(rule) || exempt || primary.isEmpty() || tags.contains("Tactic: " + primary.get())) {
            return List.of();
        }
        KeyPath at = rule.value(KeyPath.parse("rule.tags")).isPresent() ? KeyPath.parse("rule.tags")
                : KeyPath.parse("rule.threat[0].tactic.name");
        return List.of(finding(rule, at, "tags lack 'Tactic: " + primary.get() + "', the tag of the primary tactic "
                + "(rule.threat[0]): add it"));
    }
}
