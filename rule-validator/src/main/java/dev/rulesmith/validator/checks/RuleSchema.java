package dev.rulesmith.validator.checks;

import dev.rulesmith.validator.check.RuleCheck;
import dev.rulesmith.validator.check.RuleContext;
import dev.rulesmith.validator.finding.Finding;
import dev.rulesmith.validator.finding.Severity;
import dev.rulesmith.validator.model.RuleFile;
import dev.rulesmith.validator.schema.RuleJsonSchema;
import java.util.List;

/**
 * The rule file must match the rule format of elastic/detection-rules, as the bundled JSON Schema
 * ({@link RuleJsonSchema}) expresses it: known keys only, the right types, enums and patterns, and the keys each
 * rule type requires or forbids.
 */
public final class RuleSchema implements RuleCheck {

    @Override
    public String id() {
        return "rule-schema";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public boolean strictOnDeprecatedRules() {
        return true;
    }

    @Override
    public String summary() {
        return "The rule file must match the detection-rules format: known keys, types, enums, per-type keys.";
    }

    @Override
    public List<Finding> check(RuleContext context) {
        RuleFile rule = context.rule();
        if (!rule.syntaxErrors().isEmpty()) {
            return List.of();
        }
        return RuleJsonSchema.validate(rule).stream()
                .map(violation -> finding(rule, violation.at(), violation.message()))
                .toList();
    }
}
