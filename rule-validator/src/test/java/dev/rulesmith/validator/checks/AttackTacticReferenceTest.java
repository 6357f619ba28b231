package dev.rulesmith.validator.checks;

import static dev.rulesmith.validator.checks.CheckTester.assertClean;
import static dev.rulesmith.validator.checks.CheckTester.assertFindings;
import static dev.rulesmith.validator.checks.CheckTester.replace;
import static dev.rulesmith.validator.checks.CheckTester.seedRule;

import org.junit.jupiter.api.Test;

class AttackTacticReferenceTest {

    private final AttackTacticReference check = new AttackTacticReference();

    @Test
    void reportsATacticUrlThatIsNotTheCatalogUrl() {
        assertFindings(check, replace(seedRule(), "reference = \"https://attack.mitre.org/tactics/TA0003/\"",
                "reference = \"https://attack.mitre.org/tactics/TA0003\" # expect[attack-tactic-reference]: "
                        + "rule.threat[0].tactic.reference: 'https://attack.mitre.org/tactics/TA0003' "
                        + "is not the URL of "
                        + "TA0003 in ATT&CK v18.1: expected 'https://attack.mitre.org/tactics/TA0003/'"));
    }

    @Test
    void acceptsTheSeedRule() {
        assertClean(check, seedRule());
    }
}
