package dev.rulesmith.validator.checks;

import static dev.rulesmith.validator.checks.CheckTester.assertClean;
import static dev.rulesmith.validator.checks.CheckTester.assertFindings;
import static dev.rulesmith.validator.checks.CheckTester.replace;
import static dev.rulesmith.validator.checks.CheckTester.seedRule;

import org.junit.jupiter.api.Test;

class RiskScoreBandTest {

    private final RiskScoreBand check = new RiskScoreBand();

    @Test
    void reportsAScoreOutsideItsSeverityBand() {
        assertFindings(check, replace(seedRule(), "risk_score = 21", "risk_score = 73 "
                + "# expect[risk-score-band]: rule.risk_score: 73 does not fit severity 'low' (low 0-21); 73 is in the high 48-73 band"));
    }

    @Test
    void acceptsTheEdgesOfEachBand() {
        assertClean(check, seedRule());
        assertClean(check, replace(seedRule(), "risk_score = 21", "risk_score = 0"));
        assertClean(check, replace(replace(seedRule(), "risk_score = 21", "risk_score = 74"),
                "severity = \"low\"", "severity = \"critical\""));
        assertClean(check, replace(replace(seedRule(), "risk_score = 21", "risk_score = 47"),
                "severity = \"low\"", "severity = \"medium\""));
    }

    @Test
    void leavesOutOfRangeScoresUnknownSeveritiesAndDeprecatedRulesToOthers() {
        assertClean(check, replace(seedRule(), "risk_score = 21", "risk_score = 101"));
        assertClean(check, replace(seedRule(), "severity = \"low\"", "severity = \"hgh\""));
        assertClean(check, replace(replace(seedRule(), "risk_score = 21", "risk_score = 99"),
                "maturity = \"production\"", "maturity = \"deprecated\""));
    }
}
