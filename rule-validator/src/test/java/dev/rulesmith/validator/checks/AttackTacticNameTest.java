package dev.rulesmith.validator.checks;

import static dev.rulesmith.validator.checks.CheckTester.assertClean;
import static dev.rulesmith.validator.checks.CheckTester.assertFindings;
import static dev.rulesmith.validator.checks.CheckTester.replace;
import static dev.rulesmith.validator.checks.CheckTester.seedRule;

import org.junit.jupiter.api.Test;

class AttackTacticNameTest {

    private final AttackTacticName check = new AttackTacticName();

    @Test
    void reportsAMisspelledTacticNameWithTheCatalogName() {
        assertFindings(check, replace(seedRule(), "name = \"Persistence\"", "name = \"Persistance\" "
                + "# expect[attack-tactic-name]: rule.threat[0].tactic.name: 'Persistance' is not the name of TA0003 "
                + "in ATT&CK v18.1: did you mean 'Persistence'?"));
    }

    @Test
    void acceptsTheSeedRule() {
        assertClean(check, seedRule());
    }
}
