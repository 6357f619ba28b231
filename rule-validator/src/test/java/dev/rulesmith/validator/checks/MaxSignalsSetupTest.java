package dev.rulesmith.validator.checks;

import static dev.rulesmith.validator.checks.CheckTester.assertClean;
import static dev.rulesmith.validator.checks.CheckTester.assertFindings;
import static dev.rulesmith.validator.checks.CheckTester.replace;
import static dev.rulesmith.validator.checks.CheckTester.seedRule;

import org.junit.jupiter.api.Test;

class MaxSignalsSetupTest {

    private final MaxSignalsSetup check = new MaxSignalsSetup();

    @Test
    void reportsARuleAtTheLimitWithoutTheTroubleshootingNote() {
        assertFindings(check, replace(seedRule(), "risk_score = 21", "max_signals = 1000 # expect[max-signals-setup]: "
                + "max_signals = 1000 needs the standard note in rule.setup\nrisk_score = 21"));
    }

    @Test
    void acceptsTheNoteAndRulesBelowTheLimit() {
        assertClean(check, seedRule());
        assertClean(check, replace(seedRule(), "risk_score = 21", "max_signals = 1000\nrisk_score = 21\nsetup = \"\"\""
                + MaxSignalsSetup.SENTENCE + "\"\"\""));
        assertClean(check, replace(seedRule(), "risk_score = 21", "max_signals = 100\nrisk_score = 21"));
    }
}
