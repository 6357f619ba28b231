package dev.rulesmith.validator.checks;

import static dev.rulesmith.validator.checks.CheckTester.assertClean;
import static dev.rulesmith.validator.checks.CheckTester.assertFindings;
import static dev.rulesmith.validator.checks.CheckTester.replace;
import static dev.rulesmith.validator.checks.CheckTester.seedRule;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class AttackV19MigrationTest {

    private final AttackV19Migration check = new AttackV19Migration();

    @Test
    void listsEveryMappingOfTheSeedRuleThatChangesInV19() {
        String toml = replace(seedRule(), "id = \"T1562\"\n", "id = \"T1562\" # expect[attack-v19-migration]: "
                + "rule.threat[1].technique[0].id: T1562 'Impair Defenses' in ATT&CK v18.1 becomes T1685 "
                + "'Disable or Modify Tools' (https://attack.mitre.org/techniques/T1685/) in ATT&CK v19\n");
        toml = replace(toml, "id = \"T1562.007\"", "id = \"T1562.007\" # expect[attack-v19-migration]: "
                + "rule.threat[1].technique[0].subtechnique[0].id: T1562.007 'Disable or Modify Cloud Firewall' in "
                + "ATT&CK v18.1 becomes T1686.001 'Cloud Firewall'");
        toml = replace(toml, "name = \"Defense Evasion\"", "name = \"Defense Evasion\" # expect[attack-v19-migration]: "
                + "rule.threat[1].tactic.name: TA0005 'Defense Evasion' in ATT&CK v18.1 is renamed 'Stealth' in "
                + "ATT&CK v19");
        assertFindings(check, toml);
    }

    @Test
    void acceptsMappingsThatKeepTheirIds() {
        String seed = seedRule();
        assertClean(check, seed.substring(0, seed.indexOf("[[rule.threat]]\nframework = \"MITRE ATT&CK\"\n[[")));
    }

    @Test
    void isOptIn() {
        assertFalse(check.defaultEnabled());
    }
}
