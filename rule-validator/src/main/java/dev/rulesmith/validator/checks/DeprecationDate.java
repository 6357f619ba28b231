package dev.rulesmith.validator.checks;

import dev.rulesmith.validator.check.RuleCheck;
import dev.rulesmith.validator.check.RuleContext;
import dev.rulesmith.validator.finding.Finding;
import dev.rulesmith.validator.finding.Severity;
import dev.rulesmith.validator.model.KeyPath;
import dev.rulesmith.validator.model.RuleFile;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A deprecated rule records when it was deprecated: metadata.deprecation_date is present and not before
 * metadata.updated_date (detection-rules' test_deprecated_rules; it writes both dates on the same day).
 */
public final class DeprecationDate implements RuleCheck {

    private static final Pattern DATE = Pattern.compile("\\d{4}/\\d{2}/\\d{2}");
    private static final KeyPath DEPRECATION_DATE = KeyPath.parse("metadata.deprecation_date");

    @Override
    public String id() {
        return "deprecation-date";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "A deprecated rule needs metadata.deprecation_date, not earlier than metadata.updated_date.";
    }

    @Override
    public boolean strictOnDeprecatedRules() {
        return true;
    }

    @Override
    public List<Finding> check(RuleContext context) {
        RuleFile rule = context.rule();
        if (!RuleFacts.deprecated(rule)) {
            return List.of();
        }
        if (rule.value(DEPRECATION_DATE).isEmpty()) {
            return List.of(finding(rule, KeyPath.parse("metadata.maturity"), "deprecated rule lacks "
                    + "metadata.deprecation_date: add the date it was deprecated (yyyy/mm/dd)"));
        }
        Optional<String> deprecated = date(rule, "metadata.deprecation_date");
        Optional<String> updated = date(rule, "metadata.updated_date");
        if (deprecated.isEmpty() || updated.isEmpty() || deprecated.get().compareTo(updated.get()) >= 0) {
            return List.of();
        }
        return List.of(finding(rule, DEPRECATION_DATE, "metadata.deprecation_date: " + deprecated.get()
                + " is before metadata.updated_date " + updated.get()
                + "; deprecating a rule is its last update, so both are usually the same day"));
    }

    private static Optional<String> date(RuleFile rule, String path) {
        return rule.string(path).filter(text -> DATE.matcher(text).matches());
    }
}
