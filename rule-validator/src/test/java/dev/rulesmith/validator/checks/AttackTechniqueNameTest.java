package dev.rulesmith.validator.checks;

import static dev.rulesmith.validator.checks.CheckTester.assertClean;
import static dev.rulesmith.validator.checks.CheckTester.assertFindings;
import static dev.rulesmith.validator.checks.CheckTester.replace;
import static dev.rulesmith.validator.checks.CheckTester.seedRule;

import org.junit.jupiter.api.Test;

class AttackTechniqueNameTest {

    private final AttackTechniqueName check = new AttackTechniqueName();

    @Test
    void reportsAWrongTechniqueNameWithTheCatalogName() {
        assertFindings(check, replace(seedRule(), "name = \"Impair Defenses\"", "name = \"Impair Defense\" "
                + "# expect[attack-technique-name]: rule.threat[1].technique[0].name: 'Impair Defense' is not the name "
                + "of T1562 in ATT&CK v18.1: did you mean 'Impair Defenses'?"));
    }

    @Test
    void acceptsTheSeedRule() {
        assertClean(check, seedRule());
    }
}
