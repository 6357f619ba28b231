package dev.rulesmith.validator.checks;

import dev.rulesmith.validator.check.RuleCheck;
import dev.rulesmith.validator.check.RuleContext;
import dev.rulesmith.validator.finding.Finding;
import dev.rulesmith.validator.finding.Severity;
import dev.rulesmith.validator.model.KeyPath;
import dev.rulesmith.validator.model.RuleFile;
import java.util.List;
import java.util.Optional;

/** A rule says under which licence it is shared: rule.license is present and not blank. */
public final class License implements RuleCheck {

    private static final KeyPath LICENSE = KeyPath.parse("rule.license");

    @Override
    public String id() {
        return "license";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String summary() {
        return "rule.license must name the rule's licence (any non-empty text).";
    }

    @Override
    public List<Finding> check(RuleContext context) {
        RuleFile rule = context.rule();
        Optional<Object> value = rule.value(LICENSE);
        if (value.isEmpty()) {
            return List.of(finding(rule, KeyPath.parse("rule"), "rule has no license: add rule.license, "
                    + "e.g. license = \"Elastic License v2\" or the licence of your repository"));
        }
        if (value.get() instanceof String text && text.isBlank()) {
            return List.of(finding(rule, LICENSE, "rule.license is empty: name the rule's licence"));
        }
        return List.of();
    }
}
