package dev.rulesmith.validator.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Names JSON types the way a TOML author thinks of them: a table, an array, a string, an integer. */
final class JsonTypes {

    private JsonTypes() {
    }

    /** The TOML kind of a value. */
    static String describe(JsonNode node) {
        if (node.isObject()) {
            return "a table";
        }
        if (node.isArray()) {
            return "an array";
        }
        if (node.isTextual()) {
            return "a string";
        }
        if (node.isIntegralNumber()) {
            return "an integer";
        }
        if (node.isNumber()) {
            return "a float";
        }
        return node.isBoolean() ? "a boolean" : "nothing";
    }

    /** The kind(s) a schema {@code type} keyword asks for. */
    static String expected(JsonNode type) {
        List<String> names = new ArrayList<>();
        if (type.isArray()) {
            type.forEach(t -> names.add(name(t.asText())));
        } else if (type.isTextual()) {
            names.add(name(type.asText()));
        }
        return names.isEmpty() ? "a valid value" : String.join(" or ", names);
    }

    private static String name(String jsonType) {
        return switch (jsonType) {
            case "object" -> "a table";
            case "array" -> "an array";
            case "string" -> "a string";
            case "integer" -> "an integer";
            case "number" -> "a number";
            case "boolean" -> "a boolean";
            default -> jsonType;
        };
    }
}
