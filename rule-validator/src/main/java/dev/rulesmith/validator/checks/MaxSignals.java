package dev.rulesmith.validator.checks;

import dev.rulesmith.validator.check.RuleCheck;
import dev.rulesmith.validator.check.RuleContext;
import dev.rulesmith.validator.finding.Finding;
import dev.rulesmith.validator.finding.Severity;
import dev.rulesmith.validator.model.KeyPath;
import dev.rulesmith.validator.model.RuleFile;
import java.util.List;

/**
 * max_signals is at most 1000: Kibana caps alerts per rule run at its xpack.alerting.rules.run.alerts.max (1000 by
 * default), so a larger value only hides the cap (detection-rules' test_max_signals_note). The minimum is the schema's.
 */
public final class MaxSignals implements RuleCheck {

    static final long LIMIT = 1000;
    private static final KeyPath MAX_SIGNALS = KeyPath.parse("rule.max_signals");

    @Override
    public String id() {
        return "max-signals";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "max_signals must not exceed 1000, Kibana's default limit of alerts per rule run.";
    }

    @Override
    public List<Finding> check(RuleContext context) {
        RuleFile rule = context.rule();
        return rule.value(MAX_SIGNALS).filter(Long.class::isInstance).map(Long.class::cast)
                .filter(value -> value > LIMIT)
                .map(value -> List.of(finding(rule, MAX_SIGNALS, "max_signals = " + value + " exceeds " + LIMIT
                        + ", the most alerts Kibana writes per rule run: use at most " + LIMIT)))
                .orElse(List.of());
    }
}
