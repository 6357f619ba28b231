package dev.rulesmith.validator.checks;

import static dev.rulesmith.validator.checks.CheckTester.assertClean;
import static dev.rulesmith.validator.checks.CheckTester.assertFindings;
import static dev.rulesmith.validator.checks.CheckTester.replace;
import static dev.rulesmith.validator.checks.CheckTester.seedRule;

import org.junit.jupiter.api.Test;

class MaxSignalsTest {

    private final MaxSignals check = new MaxSignals();

    @Test
    void reportsMoreThanAThousandAlertsPerRun() {
        assertFindings(check, replace(seedRule(), "risk_score = 21", "max_signals = 5000 # expect[max-signals]: "
                + "max_signals = 5000 exceeds 1000, the most alerts Kibana writes per rule run\nrisk_score = 21"));
    }

    @Test
    void acceptsTheLimitAndLess() {
        assertClean(check, seedRule());
        assertClean(check, replace(seedRule(), "risk_score = 21", "max_signals = 1000\nrisk_score = 21"));
    }
}
