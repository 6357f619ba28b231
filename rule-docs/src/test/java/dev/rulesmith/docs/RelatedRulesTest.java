package dev.rulesmith.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RelatedRulesTest {

    private final List<RuleFacts> rules = new ArrayList<>();

    @Test
    void ranksTechniquesThenTacticsThenIntegrationAndTags() {
        add("me", List.of("T1562", "T1562.007"), List.of("TA0005"), List.of("aws"), List.of("Domain: Cloud"));
        add("tags only", List.of(), List.of(), List.of("aws"), List.of("Domain: Cloud"));
        add("tactic", List.of(), List.of("TA0005"), List.of(), List.of());
        add("technique", List.of("T1562"), List.of(), List.of(), List.of());
        add("sub-technique too", List.of("T1562", "T1562.007"), List.of(), List.of(), List.of());
        add("nothing shared", List.of("T1078"), List.of("TA0001"), List.of("okta"), List.of("Domain: Identity"));
        assertEquals(List.of("sub-technique too", "technique", "tactic", "tags only"), names(related("me")));
        assertEquals("shares technique T1562, T1562.007", related("me").get(0).reason());
        assertEquals("shares integration aws; 1 tag", related("me").get(3).reason());
    }

    @Test
    void keepsTheTopFiveByNameOnTies() {
        add("me", List.of(), List.of("TA0005"), List.of(), List.of());
        for (String name : List.of("f", "e", "d", "c", "b", "a")) {
            add(name, List.of(), List.of("TA0005"), List.of(), List.of());
        }
        assertEquals(List.of("a", "b", "c", "d", "e"), names(related("me")));
    }

    private List<RelatedRules.Related> related(String name) {
        Map<String, String> slugs = new LinkedHashMap<>();
        rules.forEach(r -> slugs.put(r.path(), Slugs.slug(r.name())));
        return RelatedRules.of(rules, slugs).get(name + ".toml");
    }

    private static List<String> names(List<RelatedRules.Related> related) {
        return related.stream().map(RelatedRules.Related::name).toList();
    }

    private void add(String name, List<String> techniques, List<String> tactics, List<String> integrations,
                     List<String> tags) {
        List<ThreatMapping.TechniqueMapping> mapped = new ArrayList<>();
        for (String id : techniques) {
            mapped.add(new ThreatMapping.TechniqueMapping(new AttackRef(id, id, ""), List.of()));
        }
        List<ThreatMapping> threats = new ArrayList<>();
        threats.add(new ThreatMapping(new AttackRef(tactics.isEmpty() ? "" : tactics.get(0), "", ""), mapped));
        rules.add(new RuleFacts(name + ".toml", "", name, name, "", "", "", "", "", List.of(), "", "", integrations,
                "", "", "", List.of(), "", tags, List.of(), List.of(), "", "", threats));
    }
}
