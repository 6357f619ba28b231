package dev.rulesmith.validator.coverage;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The JSON Schema of the ATT&CK Navigator layer format 4.5 (test resource), and validation against it. */
public final class LayerSchema {

    private static final String SCHEMA = "/dev/rulesmith/validator/coverage/navigator-layer-4.5.schema.json";
    private static final JsonSchema LAYER = load();

    private LayerSchema() {
    }

    private static JsonSchema load() {
        try (InputStream in = LayerSchema.class.getResourceAsStream(SCHEMA)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema violations of a layer document, plus the one rule the schema cannot express. */
    public static List<String> violations(JsonNode layer) {
        List<String> out = new ArrayList<>(LAYER.validate(layer).stream()
                .map(ValidationMessage::getMessage).sorted().toList());
        JsonNode gradient = layer.path("gradient");
        if (gradient.isObject() && !(gradient.path("maxValue").asDouble() > gradient.path("minValue").asDouble())) {
            out.add("$.gradient.maxValue: must be greater than minValue");
        }
        return out;
    }
}
