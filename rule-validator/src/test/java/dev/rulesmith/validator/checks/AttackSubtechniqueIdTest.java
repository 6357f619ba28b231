package dev.rulesmith.validator.checks;

import static dev.rulesmith.validator.checks.CheckTester.assertClean;
import static dev.rulesmith.validator.checks.CheckTester.assertFindings;
import static dev.rulesmith.validator.checks.CheckTester.replace;
import static dev.rulesmith.validator.checks.CheckTester.seedRule;

import org.junit.jupiter.api.Test;

class AttackSubtechniqueIdTest {

    private final AttackSubtechniqueId check = new AttackSubtechniqueId();

    @Test
    void reportsAnUnknownSubTechniqueIdWithTheNearestId() {
        String toml = replace(seedRule(), "name = \"Disable or Modify Cloud Firewall\"", "name = \"Cloud Firewall\"");
        assertFindings(check, replace(toml, "id = \"T1562.007\"", "id = \"T1562.07\" # expect[attack-subtechnique-id]: "
                + "rule.threat[1].technique[0].subtechnique[0].id: 'T1562.07' is not a sub-technique in ATT&CK v18.1 "
                + "(did you mean 'T1562.007'?)"));
    }

    @Test
    void reportsATechniqueListedAsASubTechnique() {
        assertFindings(check, replace(seedRule(), "id = \"T1562.007\"",
                "id = \"T1190\" # expect[attack-subtechnique-id]: "
                + "rule.threat[1].technique[0].subtechnique[0].id: 'T1190' is a technique, not a sub-technique, "
                + "in ATT&CK v18.1"));
    }

    @Test
    void acceptsTheSeedRule() {
        assertClean(check, seedRule());
    }
}
