package dev.rulesmith.validator.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.rulesmith.validator.model.RuleFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

/**
 * The JSON Schema (draft 2020-12) of a rule file, bundled at {@value #RESOURCE}, loaded once. Validates a parsed
 * rule and returns one plain-language violation per offending key.
 */
public final class RuleJsonSchema {

    /** Where the schema lives in the jar (also the file editors point at). */
    public static final String RESOURCE = "/dev/rulesmith/validator/schema/rule.schema.json";

    private static final JsonNode TREE = load();
    private static final JsonSchema SCHEMA = compile(TREE);

    private RuleJsonSchema() {
    }

    /** The schema document itself (a shared tree: read it, never change it). */
    static JsonNode tree() {
        return TREE;
    }

    /** The violations of a syntactically valid rule file, at most one per key, in no particular order. */
    public static List<SchemaViolation> validate(RuleFile rule) {
        JsonNode document = TomlJson.toJson(rule.document());
        Set<ValidationMessage> messages = SCHEMA.validate(document);
        return ViolationMessages.describe(messages, rule, document);
    }

    /** Compiles eagerly: networknt builds validators lazily, which is not safe under parallel validation. */
    private static JsonSchema compile(JsonNode tree) {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(tree, SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER).build());
        schema.initializeValidators();
        return schema;
    }

    private static JsonNode load() {
        try (InputStream in = RuleJsonSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("rule schema missing from the classpath: " + RESOURCE);
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the rule schema " + RESOURCE, e);
        }
    }
}
