package dev.rulesmith.validator.attack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rulesmith.validator.attack.ThreatEntries.Ref;
import dev.rulesmith.validator.attack.ThreatEntries.Threat;
import dev.rulesmith.validator.checks.CheckTester;
import dev.rulesmith.validator.model.RuleLoader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ThreatEntriesTest {

    @Test
    void walksTheSeedRuleWithTheKeyPathOfEveryValue() {
        List<Threat> threats = ThreatEntries.of(RuleLoader.parse("r.toml", CheckTester.seedRule()));
        assertEquals(2, threats.size());
        assertEquals("rule.threat[0].tactic.name: 'Persistence'",
                threats.get(0).tactic().flatMap(Ref::name).orElseThrow().toString());
        assertEquals(List.of(), threats.get(0).techniques());
        Ref sub = threats.get(1).techniques().get(0).subtechniques().get(0);
        assertEquals("rule.threat[1].technique[0].subtechnique[0].reference: "
                + "'https://attack.mitre.org/techniques/T1562/007/'", sub.reference().orElseThrow().toString());
        assertEquals("rule.threat[1].tactic.id: 'TA0005'",
                threats.get(1).tactic().flatMap(Ref::id).orElseThrow().toString());
    }

    @Test
    void leavesOutValuesThatAreNotStringsAndEntriesThatAreNotTables() {
        String toml = """
                [rule]
                threat = ["not a table", {framework = "MITRE ATLAS", tactic = {id = 3, name = "Persistence"}}]
                """;
        List<Threat> threats = ThreatEntries.of(RuleLoader.parse("r.toml", toml));
        assertEquals(1, threats.size());
        assertEquals("rule.threat[1]", threats.get(0).path().toString());
        assertEquals(Optional.empty(), threats.get(0).tactic().orElseThrow().id());
        assertEquals(List.of(), ThreatEntries.attack(RuleLoader.parse("r.toml", toml)));
    }
}
