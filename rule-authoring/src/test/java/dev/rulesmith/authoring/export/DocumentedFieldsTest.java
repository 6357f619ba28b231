package dev.rulesmith.authoring.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rulesmith.validator.SharedData;
import dev.rulesmith.validator.check.ReferenceData;
import dev.rulesmith.validator.check.RuleContext;
import dev.rulesmith.validator.engine.RuleRepository;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every field we export is one the create rule request body documents for the rule's type, and every field it
 * requires is there, at the top level and inside {@code related_integrations}, {@code required_fields} and
 * {@code threat} ({@code create-rule-fields.json}, taken from Kibana's rule schema, names its source). Required
 * members of those objects must be there and, when strings, not blank.
 */
class DocumentedFieldsTest {

    private static final JsonNode FIELDS = read();

    @Test
    void seedRuleHasOnlyDocumentedFieldsAndAllRequiredOnes() {
        Map<String, Object> api = ApiFormat.bundled().of(Rules.seed());
        api.put("version", 1);
        assertEquals(List.of(), problems("seed", api));
    }

    @Test
    void aFieldTheApiDoesNotKnowIsReported() {
        Map<String, Object> api = ApiFormat.bundled().of(Rules.seed());
        api.put("metadata", Map.of());
        api.remove("severity");
        api.put("related_integrations", List.of(Map.of("package", "aws", "version", "", "policy", "cloudtrail")));
        assertEquals(List.of("seed: not in the query request body: [metadata]", "seed: missing required [severity]",
                "seed: related_integrations[] not in RelatedIntegration: [policy]",
                "seed: related_integrations[].version is missing or empty"), problems("seed", api));
    }

    /** Deprecated rules are not exported (they go to {@code deprecated_rules.json}), so they are not checked here. */
    @Test
    void everyExportedCorpusRuleHasOnlyDocumentedFieldsAndAllRequiredOnes() throws Exception {
        Path corpus = SharedData.require("corpus/detection-rules");
        List<RuleContext> rules = RuleRepository.load(corpus, ReferenceData.bundled()).stream()
                .filter(c -> c.rule().syntaxErrors().isEmpty() && !KibanaExport.isDeprecated(c)).toList();
        ApiFormat format = ApiFormat.bundled();
        List<String> problems = new ArrayList<>();
        for (RuleContext rule : rules) {
            problems.addAll(problems(rule.rule().path(), format.of(rule)));
        }
        assertEquals(List.of(), problems);
        assertTrue(rules.size() > 1000, "corpus rules: " + rules.size());
    }

    private static List<String> problems(String name, Map<String, Object> api) {
        JsonNode type = FIELDS.path("types").path(String.valueOf(api.get("type")));
        if (type.isMissingNode()) {
            return List.of(name + ": undocumented rule type " + api.get("type"));
        }
        Set<String> allowed = names(FIELDS.path("base"), type);
        Set<String> unknown = new TreeSet<>(api.keySet());
        unknown.removeAll(allowed);
        Set<String> missing = new TreeSet<>();
        FIELDS.path("base").path("required").forEach(n -> missing.add(n.asText()));
        type.path("required").forEach(n -> missing.add(n.asText()));
        missing.removeAll(api.keySet());
        List<String> out = new ArrayList<>();
        if (!unknown.isEmpty()) {
            out.add(name + ": not in the " + api.get("type") + " request body: " + unknown);
        }
        if (!missing.isEmpty()) {
            out.add(name + ": missing required " + missing);
        }
        FIELDS.path("objects").properties().forEach(entry -> objects(entry.getKey(), api).forEach(
                object -> out.addAll(objectProblems(name + ": " + entry.getKey(), entry.getValue(), object))));
        return out;
    }

    private static List<String> objectProblems(String where, JsonNode schema, Map<?, ?> object) {
        Set<String> allowed = names(schema);
        schema.path("ignored").forEach(n -> allowed.add(n.asText()));
        Set<String> unknown = new TreeSet<>();
        object.keySet().forEach(key -> unknown.add(String.valueOf(key)));
        unknown.removeAll(allowed);
        List<String> out = new ArrayList<>();
        if (!unknown.isEmpty()) {
            out.add(where + " not in " + schema.path("schema").asText() + ": " + unknown);
        }
        schema.path("required").forEach(n -> {
            Object value = object.get(n.asText());
            if (value == null || value instanceof String text && text.isBlank()) {
                out.add(where + "." + n.asText() + " is missing or empty");
            }
        });
        return out;
    }

    /** The objects at a path such as {@code threat[].technique[]}: {@code []} steps into every list element. */
    private static List<Map<?, ?>> objects(String path, Map<String, Object> api) {
        List<Object> current = List.of(api);
        for (String step : path.split("\\.")) {
            boolean list = step.endsWith("[]");
            String key = list ? step.substring(0, step.length() - 2) : step;
            List<Object> next = new ArrayList<>();
            for (Object node : current) {
                Object value = node instanceof Map<?, ?> map ? map.get(key) : null;
                if (list && value instanceof List<?> items) {
                    next.addAll(items);
                } else if (!list && value != null) {
                    next.add(value);
                }
            }
            current = next;
        }
        return current.stream().filter(Map.class::isInstance).<Map<?, ?>>map(Map.class::cast).toList();
    }

    private static Set<String> names(JsonNode... groups) {
        Set<String> names = new TreeSet<>();
        for (JsonNode group : groups) {
            group.path("required").forEach(n -> names.add(n.asText()));
            group.path("optional").forEach(n -> names.add(n.asText()));
        }
        return names;
    }

    private static JsonNode read() {
        try (InputStream in = DocumentedFieldsTest.class.getResourceAsStream("create-rule-fields.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
