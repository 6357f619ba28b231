package dev.rulesmith.validator.checks;

import static dev.rulesmith.validator.checks.CheckTester.assertClean;
import static dev.rulesmith.validator.checks.CheckTester.assertFindings;
import static dev.rulesmith.validator.checks.CheckTester.replace;
import static dev.rulesmith.validator.checks.CheckTester.seedRule;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.rulesmith.validator.engine.ValidatorConfig;
import org.junit.jupiter.api.Test;

class TacticTagSecondaryTest {

    private final TacticTagSecondary check = new TacticTagSecondary();

    @Test
    void notesASecondaryTacticWithoutItsTag() {
        assertFindings(check, replace(seedRule(), "name = \"Defense Evasion\"", "name = \"Defense Evasion\" "
                + "# expect[tactic-tag-secondary]: tags lack 'Tactic: Defense Evasion' for this mapped tactic"));
    }

    @Test
    void acceptsTaggedTacticsAndIsOptIn() {
        assertClean(check, RepositoryRules.withTags("\"Tactic: Persistence\", \"Tactic: Defense Evasion\""));
        assertClean(check, RepositoryRules.withTags("\"Continuous Monitoring\""));
        assertFalse(ValidatorConfig.DEFAULT.enabled(check));
    }
}
