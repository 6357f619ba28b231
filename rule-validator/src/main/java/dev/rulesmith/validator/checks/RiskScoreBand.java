package dev.rulesmith.validator.checks;

import dev.rulesmith.validator.check.RuleCheck;
import dev.rulesmith.validator.check.RuleContext;
import dev.rulesmith.validator.finding.Finding;
import dev.rulesmith.validator.finding.Severity;
import dev.rulesmith.validator.model.KeyPath;
import dev.rulesmith.validator.model.RuleFile;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The risk score must lie in its severity's band: low 0-21, medium 22-47, high 48-73, critical 74-100 (what
 * detection-rules' TestRiskScoreMismatch enforces on every active rule).
 */
public final class RiskScoreBand implements RuleCheck {

    private static final KeyPath RISK_SCORE = KeyPath.parse("rule.risk_score");

    private record Band(String severity, int low, int high) {

        boolean contains(long score) {
            return score >= low && score <= high;
        }

        @Override
        public String toString() {
            return severity + " " + low + "-" + high;
        }
    }

    private static final List<Band> BANDS = List.of(new Band("low", 0, 21), new Band("medium", 22, 47),
            new Band("high", 48, 73), new Band("critical", 74, 100));

    private static final Map<String, Band> BY_SEVERITY = Map.of("low", BANDS.get(0), "medium", BANDS.get(1),
            "high", BANDS.get(2), "critical", BANDS.get(3));

    @Override
    public String id() {
        return "risk-score-band";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "risk_score must lie in its severity's band (low 0-21, medium 22-47, high 48-73, critical 74-100).";
    }

    @Override
    public List<Finding> check(RuleContext context) {
        RuleFile rule = context.rule();
        if (rule.string("metadata.maturity").filter("deprecated"::equals).isPresent()) {
            return List.of();
        }
        Optional<Band> band = rule.string("rule.severity").map(BY_SEVERITY::get);
        Optional<Long> score = rule.value(RISK_SCORE).filter(Long.class::isInstance).map(Long.class::cast);
        Optional<Band> actual = score.flatMap(s -> BANDS.stream().filter(b -> b.contains(s)).findFirst());
        if (band.isEmpty() || actual.isEmpty() || band.get().equals(actual.get())) {
            return List.of();
        }
        return List.of(finding(rule, RISK_SCORE, "rule.risk_score: " + score.get() + " does not fit severity '"
                + band.get().severity() + "' (" + band.get() + "); " + score.get() + " is in the "
                + actual.get() + " band"));
    }
}
