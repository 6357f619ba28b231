package dev.rulesmith.validator.checks;

import dev.rulesmith.validator.check.RuleCheck;
import dev.rulesmith.validator.check.RuleContext;
import dev.rulesmith.validator.checks.EqlText.Maxspan;
import dev.rulesmith.validator.finding.Finding;
import dev.rulesmith.validator.finding.Severity;
import dev.rulesmith.validator.model.RuleFile;
import java.util.List;
import java.util.Optional;

/**
 * An EQL sequence's maxspan fits the rule's lookback: lookback (to - from, from defaulting to now-6m) plus 10 minutes
 * must be at least the maxspan, or sequences spanning more than one window are never seen whole (detection-rules'
 * test_eql_lookback). The maxspan is read from the query text.
 */
public final class EqlMaxspanLookback implements RuleCheck {

    private static final long SLACK = 10 * TimeSpans.MINUTE;

    @Override
    public String id() {
        return "eql-maxspan-lookback";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "An EQL sequence's maxspan must not exceed the rule's lookback (to - from) plus 10 minutes.";
    }

    @Override
    public List<Finding> check(RuleContext context) {
        RuleFile rule = context.rule();
        Optional<Maxspan> maxspan = EqlText.maxspan(rule);
        Optional<Long> from = TimeSpans.relative(rule.string("rule.from").orElse("now-6m"));
        Optional<Long> to = rule.string("rule.to").map(TimeSpans::relative).orElse(Optional.of(0L));
        if (maxspan.isEmpty() || from.isEmpty() || to.isEmpty() || to.get() - from.get() == 0) {
            return List.of();
        }
        long lookback = to.get() - from.get();
        if (lookback + SLACK >= maxspan.get().millis()) {
            return List.of();
        }
        return List.of(finding(rule, maxspan.get().position(), "maxspan=" + maxspan.get().text() + " is longer than "
                + "the lookback " + TimeSpans.format(lookback) + " plus 10m: widen 'from' to at least now-"
                + TimeSpans.format(maxspan.get().millis() - SLACK) + " or shorten the maxspan"));
    }
}
