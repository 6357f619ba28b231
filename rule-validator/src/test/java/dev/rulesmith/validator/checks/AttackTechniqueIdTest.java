package dev.rulesmith.validator.checks;

import static dev.rulesmith.validator.checks.CheckTester.assertClean;
import static dev.rulesmith.validator.checks.CheckTester.assertFindings;
import static dev.rulesmith.validator.checks.CheckTester.replace;
import static dev.rulesmith.validator.checks.CheckTester.seedRule;

import org.junit.jupiter.api.Test;

class AttackTechniqueIdTest {

    private final AttackTechniqueId check = new AttackTechniqueId();

    @Test
    void reportsAnUnknownTechniqueIdAndSuggestsTheIdOfItsName() {
        assertFindings(check, replace(seedRule(), "id = \"T1562\"", "id = \"T1999\" # expect[attack-technique-id]: "
                + "rule.threat[1].technique[0].id: 'T1999' is not a technique in ATT&CK v18.1 "
                + "(did you mean 'T1562', the id of 'Impair Defenses'?)"));
    }

    @Test
    void reportsASubTechniqueListedAsATechnique() {
        assertFindings(check, replace(seedRule(), "id = \"T1562\"\n",
                "id = \"T1562.007\" # expect[attack-technique-id]: "
                + "rule.threat[1].technique[0].id: 'T1562.007' is a sub-technique in ATT&CK v18.1: list its parent "
                + "T1562 as the technique and T1562.007 as its subtechnique\n"));
    }

    @Test
    void acceptsTheSeedRule() {
        assertClean(check, seedRule());
    }
}
