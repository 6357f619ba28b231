package dev.rulesmith.validator.attack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rulesmith.validator.check.ReferenceData;
import dev.rulesmith.validator.checks.AttackRevoked;
import dev.rulesmith.validator.checks.AttackTechniqueId;
import dev.rulesmith.validator.checks.CheckTester;
import dev.rulesmith.validator.engine.Validator;
import dev.rulesmith.validator.engine.ValidatorConfig;
import dev.rulesmith.validator.fields.FieldSchemas;
import dev.rulesmith.validator.finding.Finding;
import dev.rulesmith.validator.model.RuleLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StixCatalogConverterTest {

    private static final String BUNDLE = "/dev/rulesmith/validator/attack/small-enterprise-attack.json";

    @TempDir
    Path tmp;

    private static JsonNode bundle() throws IOException {
        try (InputStream in = StixCatalogConverterTest.class.getResourceAsStream(BUNDLE)) {
            return new ObjectMapper().readTree(in);
        }
    }

    private AttackCatalog converted() throws IOException {
        Path stix = tmp.resolve("enterprise-attack.json");
        Files.write(stix, new ObjectMapper().writeValueAsBytes(bundle()));
        Path catalog = tmp.resolve("catalog.json");
        StixCatalogConverter.convert(stix, catalog);
        return AttackCatalog.load(catalog);
    }

    @Test
    void convertsTacticsInMatrixOrderWithCatalogUrls() throws IOException {
        AttackCatalog catalog = converted();
        assertEquals("ATT&CK v16.1", catalog.label());
        assertEquals(List.of(
                new Tactic("TA0003", "Persistence", "persistence", "https://attack.mitre.org/tactics/TA0003/"),
                new Tactic("TA0005", "Defense Evasion", "defense-evasion", "https://attack.mitre.org/tactics/TA0005/")),
                catalog.tactics());
    }

    @Test
    void convertsTechniquesSubTechniquesAndRevocations() throws IOException {
        AttackCatalog catalog = converted();
        assertEquals(List.of("T1026", "T1089", "T1098", "T1562", "T1562.001"),
                catalog.techniques().stream().map(Technique::id).toList());
        assertEquals(new Technique("T1562.001", "Disable or Modify Tools",
                "https://attack.mitre.org/techniques/T1562/001/", Optional.of("T1562"), List.of("defense-evasion"),
                false, false, Optional.empty()), catalog.technique("T1562.001").orElseThrow());
        assertEquals(new Technique("T1089", "Disabling Security Tools", "https://attack.mitre.org/techniques/T1089/",
                Optional.empty(), List.of(), false, true, Optional.of("T1562.001")),
                catalog.technique("T1089").orElseThrow());
        assertEquals(List.of("command-and-control"), catalog.technique("T1026").orElseThrow().tactics());
        assertEquals(true, catalog.technique("T1026").orElseThrow().deprecated());
    }

    @Test
    void countsEntriesLikeTheBundledCatalog() throws IOException {
        ObjectNode catalog = StixCatalogConverter.convert(bundle());
        assertEquals("{\"tactics\":2,\"techniques_active\":2,\"subtechniques_active\":1,\"deprecated\":1,"
                + "\"revoked\":1,\"entries_total\":5}", catalog.get("counts").toString());
        assertEquals("T1562.001", catalog.get("techniques").get(1).get("revoked_by_final").asText());
    }

    @Test
    void aConvertedCatalogDrivesTheChecks() throws IOException {
        ReferenceData reference = new ReferenceData(converted(), FieldSchemas.bundled());
        String rule = CheckTester.replace(CheckTester.seedRule(), "id = \"T1562\"\n", "id = \"T1089\"\n");
        rule = rule.replace("id = \"TA0003\"", "id = \"TA0003\"\n[[rule.threat.technique]]\nid = \"T1218\"");
        List<String> findings = new Validator(reference, ValidatorConfig.DEFAULT,
                List.of(new AttackRevoked(), new AttackTechniqueId()))
                .validate(List.of(RuleLoader.parse("rule.toml", rule))).findings().stream()
                .map(Finding::format).toList();
        assertEquals(List.of(
                "rule.toml:53:1: ERROR rule.threat[0].technique[0].id: 'T1218' is not a technique in ATT&CK v16.1 "
                        + "[attack-technique-id]",
                "rule.toml:59:1: ERROR rule.threat[1].technique[0].id: T1089 (Disabling Security Tools) is revoked "
                        + "in ATT&CK v16.1: use T1562.001 (Disable or Modify Tools) instead [attack-revoked]"),
                findings);
    }

    @Test
    void rejectsABundleWithoutACollectionVersion() throws IOException {
        ObjectNode bundle = (ObjectNode) bundle();
        bundle.withArray("objects").remove(0);
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> StixCatalogConverter.convert(bundle));
        assertEquals("bundle has no x-mitre-collection with a version", error.getMessage());
    }

    @Test
    void rejectsSomethingThatIsNotABundle() {
        assertThrows(IllegalArgumentException.class,
                () -> StixCatalogConverter.convert(new ObjectMapper().createObjectNode().put("type", "identity")));
    }
}
