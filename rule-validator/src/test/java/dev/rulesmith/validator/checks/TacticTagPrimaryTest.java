package dev.rulesmith.validator.checks;

import static dev.rulesmith.validator.checks.CheckTester.assertClean;
import static dev.rulesmith.validator.checks.CheckTester.assertFindings;
import static dev.rulesmith.validator.checks.CheckTester.replace;
import static dev.rulesmith.validator.checks.CheckTester.seedRule;

import org.junit.jupiter.api.Test;

class TacticTagPrimaryTest {

    private final TacticTagPrimary check = new TacticTagPrimary();

    @Test
    void reportsAMissingPrimaryTacticTag() {
        assertFindings(check, RepositoryRules.withTags("\"Domain: Cloud\", \"Tactic: Defense Evasion\"",
                "# expect[tactic-tag-primary]: tags lack 'Tactic: Persistence', the tag of the primary tactic"));
    }

    @Test
    void acceptsThePrimaryTagWithoutTheSecondaryOnesAndExemptions() {
        assertClean(check, seedRule());
        assertClean(check, RepositoryRules.withTags("\"Continuous Monitoring\""));
        assertClean(check, replace(RepositoryRules.withTags("\"Domain: Cloud\""), "type = \"query\"",
                "type = \"machine_learning\""));
    }
}
