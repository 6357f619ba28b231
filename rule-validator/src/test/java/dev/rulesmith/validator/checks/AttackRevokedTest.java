package dev.rulesmith.validator.checks;

import static dev.rulesmith.validator.checks.CheckTester.assertClean;
import static dev.rulesmith.validator.checks.CheckTester.assertFindings;
import static dev.rulesmith.validator.checks.CheckTester.replace;
import static dev.rulesmith.validator.checks.CheckTester.seedRule;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rulesmith.validator.finding.Finding;
import dev.rulesmith.validator.finding.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttackRevokedTest {

    private final AttackRevoked check = new AttackRevoked();

    @Test
    void reportsARevokedTechniqueAsAnErrorWithItsReplacement() {
        String toml = replace(seedRule(), "id = \"T1562\"\n", "id = \"T1089\" # expect[attack-revoked]: "
                + "rule.threat[1].technique[0].id: T1089 (Disabling Security Tools) is revoked in ATT&CK v18.1: "
                + "use T1562.001 (Disable or Modify Tools) instead\n");
        assertFindings(check, toml);
        assertEquals(List.of(Severity.ERROR), CheckTester.run(check, toml).stream().map(Finding::severity).toList());
    }

    @Test
    void reportsARevokedSubTechniqueAsAWarningWithTheEndOfItsChain() {
        String toml = replace(seedRule(), "id = \"T1562.007\"", "id = \"T1547.011\" # expect[attack-revoked]: "
                + "rule.threat[1].technique[0].subtechnique[0].id: T1547.011 (Plist Modification) is revoked in "
                + "ATT&CK v18.1: use T1647 (Plist File Modification) instead");
        assertFindings(check, toml);
        assertEquals(List.of(Severity.WARNING), CheckTester.run(check, toml).stream().map(Finding::severity).toList());
    }

    @Test
    void followsARevocationChainToTheCurrentEntry() {
        assertFindings(check, replace(seedRule(), "id = \"T1562\"\n", "id = \"T1150\" # expect[attack-revoked]: "
                + "T1150 (Plist Modification) is revoked in ATT&CK v18.1: "
                + "use T1647 (Plist File Modification) instead\n"));
    }

    @Test
    void reportsADeprecatedTechniqueWithoutReplacement() {
        assertFindings(check, replace(seedRule(), "id = \"T1562\"\n", "id = \"T1026\" # expect[attack-revoked]: "
                + "T1026 (Multiband Communication) is deprecated in ATT&CK v18.1 and has no replacement\n"));
    }

    @Test
    void acceptsTheSeedRule() {
        assertClean(check, seedRule());
    }
}
