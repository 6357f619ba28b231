package dev.rulesmith.validator.checks;

import static dev.rulesmith.validator.checks.CheckTester.assertClean;
import static dev.rulesmith.validator.checks.CheckTester.assertFindings;
import static dev.rulesmith.validator.checks.CheckTester.replace;
import static dev.rulesmith.validator.checks.CheckTester.seedRule;

import org.junit.jupiter.api.Test;

class AttackTacticDuplicateTest {

    private final AttackTacticDuplicate check = new AttackTacticDuplicate();

    @Test
    void reportsATacticMappedByTwoEntries() {
        String toml = replace(seedRule(), "id = \"TA0005\"", "id = \"TA0003\" # expect[attack-tactic-duplicate]: "
                + "rule.threat[1].tactic.id: TA0003 (Persistence) in ATT&CK v18.1 is already mapped by rule.threat[0]");
        assertFindings(check, toml);
    }

    @Test
    void acceptsTheSeedRule() {
        assertClean(check, seedRule());
    }
}
