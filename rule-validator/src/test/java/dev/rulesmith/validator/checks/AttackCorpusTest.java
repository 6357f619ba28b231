package dev.rulesmith.validator.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rulesmith.validator.SharedData;
import dev.rulesmith.validator.check.Check;
import dev.rulesmith.validator.check.Checks;
import dev.rulesmith.validator.check.ReferenceData;
import dev.rulesmith.validator.coverage.AttackCoverage;
import dev.rulesmith.validator.coverage.LayerSchema;
import dev.rulesmith.validator.engine.ValidationResult;
import dev.rulesmith.validator.engine.Validator;
import dev.rulesmith.validator.engine.ValidatorConfig;
import dev.rulesmith.validator.finding.Finding;
import dev.rulesmith.validator.finding.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The ATT&CK checks over the production corpus: only the genuine mapping problems are reported. */
class AttackCorpusTest {

    private static ValidationResult result;

    @BeforeAll
    static void validateCorpus() {
        Path corpus = SharedData.require("corpus/detection-rules");
        List<Check> attackChecks = Checks.all().stream().filter(c -> c.id().startsWith("attack-")).toList();
        Set<String> optIn = Set.of("attack-v19-migration");
        ValidatorConfig config = new ValidatorConfig(Map.of(), Set.of(), Severity.ERROR, optIn);
        result = new Validator(ReferenceData.bundled(), config, attackChecks).validateDirectory(corpus);
    }

    @Test
    void reportsExactlyTheGenuineMappingProblems() {
        List<String> findings = result.findings().stream()
                .filter(f -> !f.checkId().equals("attack-v19-migration"))
                .map(Finding::format).toList();
        // The deprecated rule's error is reported as a warning: detection-rules freezes deprecated rules.
        assertEquals(List.of(
                "rules/_deprecated/defense_evasion_mshta_making_network_connections.toml:38:1: WARNING "
                        + "rule.threat[0].technique[0].name: 'Signed Binary Proxy Execution' is not the name of T1218 "
                        + "in ATT&CK v18.1: did you mean 'System Binary Proxy Execution'? [attack-technique-name]",
                "rules/macos/persistence_hidden_plist_filename.toml:102:5: WARNING "
                        + "rule.threat[0].technique[0].subtechnique[0].id: T1547.011 (Plist Modification) is revoked "
                        + "in ATT&CK v18.1: use T1647 (Plist File Modification) instead [attack-revoked]"),
                findings);
    }

    @Test
    void v19MigrationNotesEveryMappingThatTheV19MapChanges() {
        List<Finding> notes = result.findings().stream()
                .filter(f -> f.checkId().equals("attack-v19-migration")).toList();
        assertTrue(notes.stream().allMatch(f -> f.severity() == Severity.NOTE));
        // Counted independently over the corpus: 396 TA0005 entries, 96 techniques and 109 sub-techniques in the map.
        assertEquals(396, count(notes, "^rule\\.threat\\[\\d+]\\.tactic\\.name: TA0005 'Defense Evasion' .* is renamed "
                + "'Stealth' in ATT&CK v19$"));
        assertEquals(96, count(notes, "^rule\\.threat\\[\\d+]\\.technique\\[\\d+]\\.id: T\\d{4} .* becomes .*"));
        assertEquals(109, count(notes, "^rule\\.threat\\[\\d+]\\.technique\\[\\d+]\\.subtechnique\\[\\d+]\\.id: "
                + "T\\d{4}\\.\\d{3} .* becomes .*"));
        assertEquals(601, notes.size());
    }

    @Test
    void coverageOfTheCorpusMakesAValidNavigatorLayer() {
        AttackCoverage coverage = AttackCoverage.of(result.rules(), ReferenceData.bundled().attack());
        // Counted independently over the corpus: 471 valid (tactic, technique) pairs over 393 techniques.
        assertEquals(471, coverage.entries().size());
        assertEquals(393, coverage.entries().stream().map(e -> e.technique().id()).distinct().count());
        assertEquals(171, coverage.rulesMapping("T1059").size());
        JsonNode layer = coverage.navigatorLayer("corpus");
        assertEquals(List.of(), LayerSchema.violations(layer));
        assertEquals(171, layer.get("gradient").get("maxValue").asInt());
    }

    private static long count(List<Finding> findings, String regex) {
        return findings.stream().filter(f -> f.message().matches(regex)).count();
    }
}
