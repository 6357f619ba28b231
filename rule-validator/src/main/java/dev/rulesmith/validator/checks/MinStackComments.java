package dev.rulesmith.validator.checks;

import dev.rulesmith.validator.check.Profile;
import dev.rulesmith.validator.check.RuleCheck;
import dev.rulesmith.validator.check.RuleContext;
import dev.rulesmith.validator.finding.Finding;
import dev.rulesmith.validator.finding.Severity;
import dev.rulesmith.validator.model.KeyPath;
import dev.rulesmith.validator.model.RuleFile;
import java.util.List;
import java.util.Set;

/**
 * Elastic convention: a rule that sets metadata.min_stack_version says why in metadata.min_stack_comments
 * (detection-rules' test_all_min_stack_rules_have_comment).
 */
public final class MinStackComments implements RuleCheck {

    @Override
    public String id() {
        return "min-stack-comments";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "A rule with metadata.min_stack_version must explain it in metadata.min_stack_comments.";
    }

    @Override
    public Set<Profile> profiles() {
        return Profile.ELASTIC_ONLY;
    }

    @Override
    public List<Finding> check(RuleContext context) {
        RuleFile rule = context.rule();
        boolean versioned = rule.string("metadata.min_stack_version").filter(v -> !v.isBlank()).isPresent();
        boolean explained = rule.string("metadata.min_stack_comments").filter(v -> !v.isBlank()).isPresent();
        if (RuleFacts.deprecated(rule) || !versioned || explained) {
            return List.of();
        }
        return List.of(finding(rule, KeyPath.parse("metadata.min_stack_version"), "metadata.min_stack_version is set "
                + "without metadata.min_stack_comments: say which feature or integration change needs this version"));
    }
}
