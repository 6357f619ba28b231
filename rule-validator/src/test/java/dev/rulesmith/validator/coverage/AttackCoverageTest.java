package dev.rulesmith.validator.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rulesmith.validator.attack.AttackCatalog;
import dev.rulesmith.validator.check.ReferenceData;
import dev.rulesmith.validator.check.RuleContext;
import dev.rulesmith.validator.checks.CheckTester;
import dev.rulesmith.validator.coverage.CoverageMatrix.Cell;
import dev.rulesmith.validator.coverage.CoverageMatrix.Column;
import dev.rulesmith.validator.model.RuleLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttackCoverageTest {

    private static final ReferenceData REFERENCE = ReferenceData.bundled();
    private static final AttackCatalog CATALOG = REFERENCE.attack();
    private static final String SEED = "AWS Security Group Configuration Change Detection";

    private static RuleContext rule(String path, String toml) {
        return RuleContext.of(RuleLoader.parse(path, toml), REFERENCE);
    }

    /** The seed rule (TA0003; TA0005 with T1562 and T1562.007), one with T1562 only, one with an invalid mapping. */
    private static AttackCoverage coverage() {
        String seed = CheckTester.seedRule();
        String second = CheckTester.replace(seed, "name = \"" + SEED + "\"", "name = \"Second rule\"")
                .replace("id = \"T1562.007\"", "id = \"T1059.001\"");
        String invalid = CheckTester.replace(seed, "name = \"" + SEED + "\"", "name = \"Wrong tactic\"")
                .replace("id = \"TA0005\"", "id = \"TA0040\"");
        return AttackCoverage.of(List.of(rule("a.toml", seed), rule("b.toml", second), rule("c.toml", invalid)),
                CATALOG);
    }

    @Test
    void countsTheRulesMappingEachTechniqueUnderItsTactic() {
        AttackCoverage coverage = coverage();
        assertEquals(List.of("TA0005 T1562 [" + SEED + ", Second rule]", "TA0005 T1562.007 [" + SEED + "]"),
                coverage.entries().stream().map(e -> e.tactic().id() + " " + e.technique().id() + " " + e.rules())
                        .toList());
        assertEquals(List.of(SEED, "Second rule"), coverage.rulesMapping("T1562"));
        assertEquals(List.of(), coverage.rulesMapping("T1059.001"));
        assertEquals(3, coverage.ruleCount());
    }

    @Test
    void writesANavigatorLayerThatValidatesAgainstTheLayerFormat(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("layers/coverage.json");
        coverage().writeNavigatorLayer("Rulesmith coverage", file);
        JsonNode layer = new ObjectMapper().readTree(Files.readString(file));
        assertEquals(List.of(), LayerSchema.violations(layer));
        assertEquals("{\"attack\":\"18\",\"navigator\":\"5.1.0\",\"layer\":\"4.5\"}", layer.get("versions").toString());
        assertEquals("enterprise-attack", layer.get("domain").asText());
        assertEquals("[{\"techniqueID\":\"T1562\",\"tactic\":\"defense-evasion\",\"score\":2,"
                + "\"comment\":\"" + SEED + "\\nSecond rule\",\"enabled\":true},"
                + "{\"techniqueID\":\"T1562.007\",\"tactic\":\"defense-evasion\",\"score\":1,"
                + "\"comment\":\"" + SEED + "\",\"enabled\":true}]", layer.get("techniques").toString());
        assertEquals(2, layer.get("gradient").get("maxValue").asInt());
    }

    @Test
    void anEmptyCoverageStillMakesAValidLayer() {
        ObjectNode layer = AttackCoverage.of(List.of(), CATALOG).navigatorLayer("empty");
        assertEquals(List.of(), LayerSchema.violations(layer));
    }

    @Test
    void theLayerSchemaRejectsWhatTheFormatDoesNotAllow() {
        ObjectNode layer = coverage().navigatorLayer("broken");
        ((ObjectNode) layer.get("versions")).put("layer", "4.4").put("navigator", "4.8.2");
        ((ObjectNode) layer.get("techniques").get(0)).put("techniqueId", "T1562");
        ((ObjectNode) layer.get("gradient")).put("maxValue", 0);
        layer.put("domain", "enterprise");
        List<String> violations = LayerSchema.violations(layer);
        for (String expected : List.of("$.domain: does not have a value in the enumeration",
                "$.techniques[0]: property 'techniqueId' is not defined", "$.versions.layer: must be the constant",
                "$.versions.navigator: does not match the regex pattern", "$.gradient.maxValue: must be greater")) {
            assertTrue(violations.stream().anyMatch(v -> v.startsWith(expected)), expected + " in " + violations);
        }
        assertFalse(LayerSchema.violations(new ObjectMapper().createObjectNode().put("name", "x")).isEmpty());
    }

    @Test
    void theLayerSchemaAcceptsEveryFeatureOfTheFormat() throws IOException {
        String layers = """
                [{"name": "all features", "versions": {"attack": "18", "navigator": "5.2.0", "layer": "4.5"},
                  "domain": "enterprise-attack", "description": "d", "customDataURL": "https://example.org/b.json",
                  "filters": {"platforms": ["Linux", "Azure AD"]}, "sorting": 1,
                  "layout": {"layout": "mini", "showID": true, "showName": false, "showAggregateScores": true,
                             "countUnscored": false, "aggregateFunction": "max", "expandedSubtechniques": "all"},
                  "hideDisabled": true,
                  "techniques": [{"techniqueID": "T1059", "tactic": "execution", "comment": "c", "enabled": false,
                                  "score": 12.5, "color": "#123456", "showSubtechniques": true,
                                  "metadata": [{"name": "n", "value": "v"}, {"divider": true}],
                                  "links": [{"label": "l", "url": "https://attack.mitre.org/"}, {"divider": false}]}],
                  "gradient": {"colors": ["#fff", "#00ff00", "#0000ff"], "minValue": -1, "maxValue": 1},
                  "legendItems": [{"label": "covered", "color": "#66b1ff"}],
                  "showTacticRowBackground": true, "tacticRowBackground": "#eeeeee",
                  "selectTechniquesAcrossTactics": false, "selectSubtechniquesWithParent": false,
                  "selectVisibleTechniques": true, "metadata": [{"divider": true}], "links": []},
                 {"name": "minimal", "domain": "ics-attack", "filters": {"platforms": ["Data Historian"]}}]
                """;
        assertEquals(List.of(), LayerSchema.violations(new ObjectMapper().readTree(layers)));
    }

    @Test
    void buildsTheTacticsByTechniquesTable() {
        CoverageMatrix matrix = coverage().matrix();
        assertEquals("ATT&CK v18.1", matrix.catalog());
        assertEquals(CATALOG.tactics(), matrix.columns().stream().map(Column::tactic).toList());
        Column defenseEvasion = matrix.columns().get(CATALOG.tactics().indexOf(CATALOG.tactic("TA0005").orElseThrow()));
        Cell impairDefenses = defenseEvasion.techniques().stream().filter(c -> c.id().equals("T1562")).findFirst()
                .orElseThrow();
        assertEquals(List.of(SEED, "Second rule"), impairDefenses.rules());
        assertEquals(List.of(SEED), impairDefenses.subtechniques().stream()
                .filter(c -> c.id().equals("T1562.007")).findFirst().orElseThrow().rules());
        assertEquals(1, defenseEvasion.covered());
        assertEquals(0, matrix.columns().get(0).covered());
        long techniques = CATALOG.techniques().stream().filter(t -> t.isCurrent() && !t.isSubtechnique())
                .filter(t -> t.tactics().contains("defense-evasion")).count();
        assertEquals(techniques, defenseEvasion.techniques().size());
    }
}
