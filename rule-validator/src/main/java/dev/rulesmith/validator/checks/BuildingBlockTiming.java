package dev.rulesmith.validator.checks;

import dev.rulesmith.validator.check.RuleCheck;
import dev.rulesmith.validator.check.RuleContext;
import dev.rulesmith.validator.finding.Finding;
import dev.rulesmith.validator.finding.Severity;
import dev.rulesmith.validator.model.KeyPath;
import dev.rulesmith.validator.model.RuleFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A building block rule runs at most hourly over at least the last 119 minutes: {@code from} at least now-119m and
 * {@code interval} at least 60m, unless metadata.bypass_bbr_timing is true (detection-rules' validate_bbr).
 */
public final class BuildingBlockTiming implements RuleCheck {

    private static final long MIN_LOOKBACK = 119 * TimeSpans.MINUTE;
    private static final long MIN_INTERVAL = 60 * TimeSpans.MINUTE;
    private static final String BYPASS = " (or set metadata.bypass_bbr_timing = true)";

    @Override
    public String id() {
        return "building-block-timing";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "A building block rule needs from >= now-119m and interval >= 60m, unless bypass_bbr_timing is set.";
    }

    @Override
    public List<Finding> check(RuleContext context) {
        RuleFile rule = context.rule();
        boolean bypass = rule.value(KeyPath.parse("metadata.bypass_bbr_timing")).filter(Boolean.TRUE::equals)
                .isPresent();
        if (rule.value(KeyPath.parse("rule.building_block_type")).isEmpty() || bypass) {
            return List.of();
        }
        Optional<String> from = rule.string("rule.from");
        Optional<String> interval = rule.string("rule.interval");
        if (from.isEmpty() || interval.isEmpty()) {
            return List.of(finding(rule, KeyPath.parse("rule.building_block_type"), "building block rule needs both "
                    + "'from' and 'interval': use from = \"now-119m\" and interval = \"60m\" or longer" + BYPASS));
        }
        List<Finding> findings = new ArrayList<>();
        Optional<Long> lookback = from.get().startsWith("now-") ? TimeSpans.millis(from.get().substring(4))
                : Optional.empty();
        if (lookback.isEmpty() || lookback.get() < MIN_LOOKBACK) {
            findings.add(finding(rule, KeyPath.parse("rule.from"), "from = '" + from.get() + "': a building block rule "
                    + "must look back at least 119 minutes, e.g. from = \"now-119m\"" + BYPASS));
        }
        if (TimeSpans.millis(interval.get()).filter(ms -> ms >= MIN_INTERVAL).isEmpty()) {
            findings.add(finding(rule, KeyPath.parse("rule.interval"), "interval = '" + interval.get()
                    + "': a building block rule must run at most hourly, e.g. interval = \"60m\"" + BYPASS));
        }
        return findings;
    }
}
