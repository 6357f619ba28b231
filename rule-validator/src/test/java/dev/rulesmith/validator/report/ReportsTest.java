package dev.rulesmith.validator.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rulesmith.validator.check.Checks;
import dev.rulesmith.validator.engine.ValidationResult;
import dev.rulesmith.validator.finding.Finding;
import dev.rulesmith.validator.finding.Severity;
import dev.rulesmith.validator.model.SourcePosition;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportsTest {

    private static final Finding TYPO = new Finding("aws/rule.toml", new SourcePosition(52, 1), Severity.ERROR,
            "rule.threat[0].tactic.name: 'Persist|ance' <b>", "attack-tactic-name");
    private static final ValidationResult RESULT = new ValidationResult(List.of(), List.of(TYPO), Duration.ZERO);

    @Test
    void sarifHasOneResultPerFindingWithItsLocationAndTheCheckCatalogue() {
        JsonNode sarif = new SarifReport("1.0", "rules").toJson(List.of(TYPO), Checks.all());
        assertEquals("2.1.0", sarif.path("version").asText());
        JsonNode result = sarif.path("runs").get(0).path("results").get(0);
        assertEquals("attack-tactic-name", result.path("ruleId").asText());
        assertEquals("error", result.path("level").asText());
        JsonNode location = result.path("locations").get(0).path("physicalLocation");
        assertEquals("rules/aws/rule.toml", location.path("artifactLocation").path("uri").asText());
        assertEquals(52, location.path("region").path("startLine").asInt());
        assertEquals(1, location.path("region").path("startColumn").asInt());
        assertEquals(Checks.all().size(), sarif.path("runs").get(0).path("tool").path("driver").path("rules").size());
    }

    @Test
    void jsonHasTheSummaryAndEveryFinding() {
        JsonNode json = JsonReport.toJson(RESULT);
        assertEquals(1, json.path("summary").path("errors").asInt());
        assertEquals("attack-tactic-name", json.path("findings").get(0).path("check").asText());
        assertEquals(52, json.path("findings").get(0).path("line").asInt());
    }

    @Test
    void markdownSummaryEscapesTableCells() {
        String markdown = MarkdownSummary.render(RESULT, "rules/");
        assertTrue(markdown.startsWith("## Rule validation\n\n0 rules validated: 1 errors"), markdown);
        assertTrue(markdown.contains("| ERROR | `rules/aws/rule.toml:52` | rule.threat[0].tactic.name: 'Persist\\|ance'"
                + " &lt;b&gt; | `attack-tactic-name` |"), markdown);
    }
}
