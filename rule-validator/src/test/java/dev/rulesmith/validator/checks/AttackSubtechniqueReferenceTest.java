package dev.rulesmith.validator.checks;

import static dev.rulesmith.validator.checks.CheckTester.assertClean;
import static dev.rulesmith.validator.checks.CheckTester.assertFindings;
import static dev.rulesmith.validator.checks.CheckTester.replace;
import static dev.rulesmith.validator.checks.CheckTester.seedRule;

import org.junit.jupiter.api.Test;

class AttackSubtechniqueReferenceTest {

    private final AttackSubtechniqueReference check = new AttackSubtechniqueReference();

    @Test
    void reportsASubTechniqueUrlWithADottedId() {
        assertFindings(check, replace(seedRule(), "reference = \"https://attack.mitre.org/techniques/T1562/007/\"",
                "reference = \"https://attack.mitre.org/techniques/T1562.007/\" "
                        + "# expect[attack-subtechnique-reference]: "
                        + "rule.threat[1].technique[0].subtechnique[0].reference: "
                        + "'https://attack.mitre.org/techniques/T1562.007/' is not the URL of T1562.007 in "
                        + "ATT&CK v18.1: "
                        + "expected 'https://attack.mitre.org/techniques/T1562/007/'"));
    }

    @Test
    void acceptsTheSeedRule() {
        assertClean(check, seedRule());
    }
}
