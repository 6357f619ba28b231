package dev.rulesmith.validator.checks;

import static dev.rulesmith.validator.checks.CheckTester.assertClean;
import static dev.rulesmith.validator.checks.CheckTester.assertFindings;
import static dev.rulesmith.validator.checks.CheckTester.replace;
import static dev.rulesmith.validator.checks.CheckTester.seedRule;

import org.junit.jupiter.api.Test;

class AttackTechniqueReferenceTest {

    private final AttackTechniqueReference check = new AttackTechniqueReference();

    @Test
    void reportsATechniqueUrlOfAnotherTechnique() {
        assertFindings(check, replace(seedRule(), "reference = \"https://attack.mitre.org/techniques/T1562/\"",
                "reference = \"https://attack.mitre.org/techniques/T1526/\" # expect[attack-technique-reference]: "
                        + "rule.threat[1].technique[0].reference: 'https://attack.mitre.org/techniques/T1526/' is not "
                        + "the URL of T1562 in ATT&CK v18.1: expected 'https://attack.mitre.org/techniques/T1562/'"));
    }

    @Test
    void acceptsTheSeedRule() {
        assertClean(check, seedRule());
    }
}
