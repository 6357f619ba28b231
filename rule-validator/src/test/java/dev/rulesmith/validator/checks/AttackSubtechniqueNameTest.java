package dev.rulesmith.validator.checks;

import static dev.rulesmith.validator.checks.CheckTester.assertClean;
import static dev.rulesmith.validator.checks.CheckTester.assertFindings;
import static dev.rulesmith.validator.checks.CheckTester.replace;
import static dev.rulesmith.validator.checks.CheckTester.seedRule;

import org.junit.jupiter.api.Test;

class AttackSubtechniqueNameTest {

    private final AttackSubtechniqueName check = new AttackSubtechniqueName();

    @Test
    void reportsASubTechniqueNamePrefixedWithItsParent() {
        assertFindings(check, replace(seedRule(), "name = \"Disable or Modify Cloud Firewall\"",
                "name = \"Impair Defenses: Disable or Modify Cloud Firewall\" # expect[attack-subtechnique-name]: "
                        + "rule.threat[1].technique[0].subtechnique[0].name: 'Impair Defenses: Disable or Modify Cloud "
                        + "Firewall' is not the name of T1562.007 in ATT&CK v18.1: "
                        + "did you mean 'Disable or Modify Cloud "
                        + "Firewall'?"));
    }

    @Test
    void acceptsTheSeedRule() {
        assertClean(check, seedRule());
    }
}
