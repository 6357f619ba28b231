package dev.rulesmith.authoring.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rulesmith.validator.check.ReferenceData;
import dev.rulesmith.validator.check.RuleContext;
import dev.rulesmith.validator.engine.RuleRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample repository's export: one line per rule, each a rule object of the documented API shape (the create
 * rule API's required {@code name}, {@code description}, {@code risk_score}, {@code severity}, {@code type} and the
 * fields of its type; {@code rule_id}, {@code version}; the build-time fields with their documented members), no
 * TOML-only fields.
 */
class SampleRepositoryExportTest {

    private static final Set<String> TOML_ONLY = Set.of("metadata", "creation_date", "updated_date", "maturity",
            "integration", "new_terms", "min_stack_version");

    @Test
    void oneValidApiRuleALine(@TempDir Path dir) throws IOException {
        List<RuleContext> rules = RuleRepository.load(Path.of("..", "rules", "rules"), ReferenceData.bundled());
        ExportResult result = new KibanaExport(ApiFormat.bundled(), ApiFormat.DEFAULT_STACK)
                .write(rules, (id, sha256) -> 1, dir);
        List<String> lines = Files.readAllLines(result.rules());
        assertEquals(rules.size(), lines.size(), "one line per rule");
        assertEquals("{}\n", Files.readString(result.deprecated()));
        for (String line : lines) {
            JsonNode rule = new ObjectMapper().readTree(line);
            String name = rule.path("name").asText();
            for (String field : List.of("name", "description", "risk_score", "severity", "type", "rule_id", "version",
                    "query", "language", "from", "interval", "threat")) {
                assertTrue(rule.has(field), name + " lacks " + field);
            }
            // detection-rules types an ES|QL rule's required fields only against a live Elasticsearch
            assertEquals(!rule.path("type").asText().equals("esql"), rule.has("required_fields"),
                    name + ": required_fields");
            // ES|QL rules name their indices in the query's FROM; every other type has an index list
            assertEquals(!rule.path("type").asText().equals("esql"), rule.has("index"), name + ": index");
            rule.fieldNames().forEachRemaining(f -> assertTrue(!TOML_ONLY.contains(f), name + " has " + f));
            rule.path("required_fields").forEach(f -> assertEquals(Set.of("name", "type", "ecs"), names(f), name));
            rule.path("related_integrations").forEach(r -> assertTrue(r.path("version").asText().startsWith("^")
                    && r.has("package"), name));
            rule.path("threat").forEach(t -> assertTrue(t.path("technique").isArray(), name));
            if (rule.path("type").asText().equals("new_terms")) {
                assertTrue(rule.path("new_terms_fields").isArray() && rule.has("history_window_start"), name);
            }
        }
    }

    private static Set<String> names(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
