package dev.rulesmith.validator.checks;

import static dev.rulesmith.validator.checks.CheckTester.assertClean;
import static dev.rulesmith.validator.checks.CheckTester.assertFindings;
import static dev.rulesmith.validator.checks.CheckTester.replace;
import static dev.rulesmith.validator.checks.CheckTester.seedRule;

import org.junit.jupiter.api.Test;

class TacticTagUnmappedTest {

    private final TacticTagUnmapped check = new TacticTagUnmapped();

    @Test
    void reportsATacticTagTheMappingLacks() {
        assertFindings(check, RepositoryRules.withTags("\"Tactic: Persistence\", \"Tactic: Execution\"",
                "# expect[tactic-tag-unmapped]: tag 'Tactic: Execution' names a tactic the threat mapping does not "
                        + "have (mapped: Persistence, Defense Evasion)"));
    }

    @Test
    void acceptsTagsOfMappedTactics() {
        assertClean(check, seedRule());
        assertClean(check, RepositoryRules.withTags("\"Tactic: Persistence\", \"Tactic: Defense Evasion\""));
        assertClean(check, replace(seedRule(), "name = \"Persistence\"", "name = \"Persistance\""));
    }
}
