package dev.rulesmith.validator.checks;

import static dev.rulesmith.validator.checks.CheckTester.assertClean;
import static dev.rulesmith.validator.checks.CheckTester.assertFindings;
import static dev.rulesmith.validator.checks.CheckTester.replace;
import static dev.rulesmith.validator.checks.CheckTester.seedRule;

import org.junit.jupiter.api.Test;

class AttackTechniqueTacticTest {

    private final AttackTechniqueTactic check = new AttackTechniqueTactic();

    @Test
    void reportsATechniqueUnderATacticItDoesNotBelongTo() {
        String toml = replace(seedRule(), "id = \"TA0005\"", "id = \"TA0040\"");
        assertFindings(check, replace(toml, "id = \"T1562\"\n", "id = \"T1562\" # expect[attack-technique-tactic]: "
                + "rule.threat[1].technique[0].id: T1562 (Impair Defenses) is not a technique of TA0040 (Impact) "
                + "in ATT&CK v18.1: it belongs to TA0005 (Defense Evasion)\n"));
    }

    @Test
    void acceptsTheSeedRule() {
        assertClean(check, seedRule());
    }
}
