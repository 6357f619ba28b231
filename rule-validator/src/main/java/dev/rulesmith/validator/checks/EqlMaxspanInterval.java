package dev.rulesmith.validator.checks;

import dev.rulesmith.validator.check.Profile;
import dev.rulesmith.validator.check.RuleCheck;
import dev.rulesmith.validator.check.RuleContext;
import dev.rulesmith.validator.checks.EqlText.Maxspan;
import dev.rulesmith.validator.finding.Finding;
import dev.rulesmith.validator.finding.Severity;
import dev.rulesmith.validator.model.RuleFile;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Elastic convention: an EQL sequence with a maxspan over 2.5 minutes runs at least every half maxspan: interval
 * (default 5m) / maxspan must be at least 0.5 (detection-rules' test_eql_interval_to_maxspan).
 */
public final class EqlMaxspanInterval implements RuleCheck {

    private static final long FIVE_MINUTES = 5 * TimeSpans.MINUTE;

    @Override
    public String id() {
        return "eql-maxspan-interval";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "An EQL sequence's interval must be at least half its maxspan when the maxspan exceeds 2.5 minutes.";
    }

    @Override
    public Set<Profile> profiles() {
        return Profile.ELASTIC_ONLY;
    }

    @Override
    public List<Finding> check(RuleContext context) {
        RuleFile rule = context.rule();
        Optional<Maxspan> maxspan = EqlText.maxspan(rule);
        Optional<Long> interval = TimeSpans.millis(rule.string("rule.interval").orElse("5m"));
        if (RuleFacts.deprecated(rule) || maxspan.isEmpty() || interval.isEmpty()) {
            return List.of();
        }
        long span = maxspan.get().millis();
        if (span <= FIVE_MINUTES / 2 || interval.get() * 2 >= span) {
            return List.of();
        }
        return List.of(finding(rule, maxspan.get().position(), "interval " + TimeSpans.format(interval.get())
                + " is less than half of maxspan=" + maxspan.get().text() + ": set interval to at least "
                + TimeSpans.format(span / 2) + " or shorten the maxspan"));
    }
}
