package dev.rulesmith.validator.fields;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every field schema Rulesmith knows: ECS, integration schemas, and detection-rules' extra fields by index pattern.
 * Immutable; the bundled set is generated from the shared reference data by {@code scripts/generate-reference-data.py}.
 */
public final class FieldSchemas {

    private static final String BASE = "/dev/rulesmith/validator/reference/fields/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final FieldSchema ecs;
    private final List<FieldSchema> integrations;
    private final List<FieldSchema> byIndexPattern;

    public FieldSchemas(FieldSchema ecs, List<FieldSchema> integrations, List<FieldSchema> byIndexPattern) {
        this.ecs = ecs;
        this.integrations = List.copyOf(integrations);
        this.byIndexPattern = List.copyOf(byIndexPattern);
    }

    /** The schemas shipped in the jar. */
    public static FieldSchemas bundled() {
        JsonNode index = resource("index.json");
        List<FieldSchema> integrations = new ArrayList<>();
        for (JsonNode name : index.path("schemas")) {
            if (!"ecs".equals(name.asText())) {
                integrations.add(schema(resource(name.asText() + ".json")));
            }
        }
        for (JsonNode name : index.path("integrations")) {
            integrations.add(schema(resource("integrations/" + name.asText() + ".json")));
        }
        List<FieldSchema> byPattern = new ArrayList<>();
        resource("non-ecs.json").path("by_index_pattern").properties().forEach(entry -> byPattern.add(
                new FieldSchema("detection-rules non-ECS fields for " + entry.getKey(), "", List.of(entry.getKey()),
                        JSON.convertValue(entry.getValue(), new TypeReference<Map<String, String>>() { }),
                        Map.of(), Map.of())));
        return new FieldSchemas(schema(resource("ecs.json")), integrations, byPattern);
    }

    /**
     * A team's own field definitions: a JSON file in the bundled schemas' format,
     * {@code {"schema": "acme", "index_patterns": ["logs-acme.*"], "fields": {"acme.score": "long"},
     * "patterns": {"acme.labels.*": "keyword"}}}. Its name is the integration it defines ({@code acme.audit} belongs to
     * integration {@code acme}).
     *
     * @throws IllegalArgumentException when the file is not such a document
     */
    public static FieldSchema load(Path file) {
        JsonNode node;
        try {
            node = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": not readable JSON: " + e.getMessage(), e);
        }
        if (node == null || !node.path("schema").isTextual() || !node.path("fields").isObject()) {
            throw new IllegalArgumentException(file + ": a field definition file needs a \"schema\" name and a"
                    + " \"fields\" object of field name to Elasticsearch type");
        }
        try {
            return schema(node);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    static FieldSchema schema(JsonNode node) {
        return new FieldSchema(node.path("schema").asText(), node.path("version").asText(),
                JSON.convertValue(node.path("index_patterns"), new TypeReference<List<String>>() { }),
                stringMap(node.path("fields")), stringMap(node.path("patterns")), stringMap(node.path("aliases")));
    }

    private static Map<String, String> stringMap(JsonNode node) {
        return node.isMissingNode() ? Map.of() : JSON.convertValue(node, new TypeReference<Map<String, String>>() { });
    }

    private static JsonNode resource(String name) {
        try (InputStream in = FieldSchemas.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IllegalStateException("bundled field schema missing: " + BASE + name);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled field schema " + name, e);
        }
    }

    /** A copy with a team's own schemas added (checked before the bundled integrations). */
    public FieldSchemas with(Collection<FieldSchema> extra) {
        List<FieldSchema> all = new ArrayList<>(extra);
        all.addAll(integrations);
        return new FieldSchemas(ecs, all, byIndexPattern);
    }

    public FieldSchema ecs() {
        return ecs;
    }

    /**
     * The view of one rule: ECS, the schemas of its declared integrations (a schema {@code aws.cloudtrail} belongs to
     * integration {@code aws}), any schema whose index patterns match the rule's, and the extra fields of its index
     * patterns.
     */
    public FieldView view(List<String> declaredIntegrations, List<String> indexPatterns) {
        Set<FieldSchema> schemas = Collections.newSetFromMap(new IdentityHashMap<>());
        List<FieldSchema> ordered = new ArrayList<>();
        add(ecs, schemas, ordered);
        List<String> missing = new ArrayList<>();
        for (String integration : declaredIntegrations) {
            List<FieldSchema> own = integrations.stream().filter(s -> packageOf(s).equals(integration)).toList();
            if (own.isEmpty()) {
                missing.add(integration);
            }
            own.forEach(schema -> add(schema, schemas, ordered));
        }
        integrations.stream().filter(s -> indexPatterns.stream().anyMatch(s::appliesTo))
                .forEach(schema -> add(schema, schemas, ordered));
        byIndexPattern.stream().filter(s -> indexPatterns.stream().anyMatch(s::appliesTo))
                .forEach(schema -> add(schema, schemas, ordered));
        return new FieldView(ordered, missing);
    }

    /** Schemas are compared by identity: their field maps are large. */
    private static void add(FieldSchema schema, Set<FieldSchema> seen, List<FieldSchema> ordered) {
        if (seen.add(schema)) {
            ordered.add(schema);
        }
    }

    private static String packageOf(FieldSchema schema) {
        int dot = schema.name().indexOf('.');
        return dot < 0 ? schema.name() : schema.name().substring(0, dot);
    }
}
