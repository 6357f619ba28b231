package dev.rulesmith.validator.checks;

import static dev.rulesmith.validator.checks.CheckTester.assertClean;
import static dev.rulesmith.validator.checks.CheckTester.assertFindings;
import static dev.rulesmith.validator.checks.CheckTester.replace;
import static dev.rulesmith.validator.checks.CheckTester.seedRule;

import org.junit.jupiter.api.Test;

class AttackTacticIdTest {

    private final AttackTacticId check = new AttackTacticId();

    @Test
    void reportsAnUnknownTacticIdAndSuggestsTheIdOfItsName() {
        assertFindings(check, replace(seedRule(), "id = \"TA0003\"", "id = \"TA0033\" # expect[attack-tactic-id]: "
                + "rule.threat[0].tactic.id: 'TA0033' is not a tactic in ATT&CK v18.1 "
                + "(did you mean 'TA0003', the id of 'Persistence'?)"));
    }

    @Test
    void suggestsTheNearestIdWhenTheNameIsUnknownToo() {
        String toml = replace(seedRule(), "name = \"Persistence\"", "name = \"Persistance\"");
        assertFindings(check, replace(toml, "id = \"TA0003\"", "id = \"TA-0003\" # expect[attack-tactic-id]: "
                + "rule.threat[0].tactic.id: 'TA-0003' is not a tactic in ATT&CK v18.1 (did you mean 'TA0003'?)"));
    }

    @Test
    void acceptsTheSeedRule() {
        assertClean(check, seedRule());
    }
}
