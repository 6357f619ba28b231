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

/** A rule cannot be updated before it was created: metadata.updated_date must not precede creation_date. */
public final class DateOrder implements RuleCheck {

    private static final Pattern DATE = Pattern.compile("\\d{4}/\\d{2}/\\d{2}");

    @Override
    public String id() {
        return "date-order";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "metadata.updated_date must not be earlier than metadata.creation_date.";
    }

    @Override
    public List<Finding> check(RuleContext context) {
        RuleFile rule = context.rule();
        Optional<String> created = date(rule, "metadata.creation_date");
        Optional<String> updated = date(rule, "metadata.updated_date");
        if (created.isEmpty() || updated.isEmpty() || updated.get().compareTo(created.get()) >= 0) {
            return List.of();
        }
        return List.of(finding(rule, KeyPath.parse("metadata.updated_date"),
                "metadata.updated_date: " + updated.get() + " is before metadata.creation_date " + created.get()));
    }

    /** yyyy/mm/dd dates compare correctly as text; anything else is the schema's business. */
    private static Optional<String> date(RuleFile rule, String path) {
        return rule.string(path).filter(text -> DATE.matcher(text).matches());
    }
}
