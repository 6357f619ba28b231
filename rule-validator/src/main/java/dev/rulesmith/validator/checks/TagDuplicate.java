package dev.rulesmith.validator.checks;

import dev.rulesmith.validator.check.RuleCheck;
import dev.rulesmith.validator.check.RuleContext;
import dev.rulesmith.validator.finding.Finding;
import dev.rulesmith.validator.finding.Severity;
import dev.rulesmith.validator.model.RuleFile;
import java.util.ArrayList;
import java.util.List;

/** A tag is listed once (detection-rules' test_no_duplicate_tags). */
public final class TagDuplicate implements RuleCheck {

    @Override
    public String id() {
        return "tag-duplicate";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String summary() {
        return "A tag must not be listed twice in rule.tags.";
    }

    @Override
    public List<Finding> check(RuleContext context) {
        RuleFile rule = context.rule();
        if (RuleFacts.deprecated(rule)) {
            return List.of();
        }
        List<String> tags = RuleFacts.tags(rule);
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < tags.size(); i++) {
            int first = tags.indexOf(tags.get(i));
            if (tags.get(i) != null && first < i) {
                findings.add(finding(rule, RuleFacts.tag(i), "tag '" + tags.get(i) + "' is listed twice (first at line "
                        + rule.position(RuleFacts.tag(first)).line() + "): remove this one"));
            }
        }
        return findings;
    }
}
