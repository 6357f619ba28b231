package dev.rulesmith.validator.checks;

import static dev.rulesmith.validator.checks.CheckTester.assertClean;
import static dev.rulesmith.validator.checks.CheckTester.assertFindings;
import static dev.rulesmith.validator.checks.CheckTester.replace;
import static dev.rulesmith.validator.checks.CheckTester.seedRule;

import org.junit.jupiter.api.Test;

class AttackSubtechniqueParentTest {

    private final AttackSubtechniqueParent check = new AttackSubtechniqueParent();

    @Test
    void reportsASubTechniqueUnderAnotherTechnique() {
        String toml = replace(seedRule(), "name = \"Disable or Modify Cloud Firewall\"", "name = \"PowerShell\"");
        assertFindings(check, replace(toml, "id = \"T1562.007\"", "id = \"T1059.001\" "
                + "# expect[attack-subtechnique-parent]: rule.threat[1].technique[0].subtechnique[0].id: T1059.001 "
                + "(PowerShell) is a sub-technique of T1059 (Command and Scripting Interpreter), not of T1562, "
                + "in ATT&CK v18.1: list it under technique T1059"));
    }

    @Test
    void acceptsTheSeedRule() {
        assertClean(check, seedRule());
    }
}
