package dev.rulesmith.validator.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.tomlj.TomlArray;
import org.tomlj.TomlTable;

/**
 * Converts a tomlj document to a Jackson tree for JSON Schema validation. Tables become objects (in key order),
 * arrays become arrays, strings, integers, floats and booleans keep their JSON types; TOML dates and times, which
 * JSON lacks, become their TOML text ({@code 2024-04-14}) so that a schema expecting a quoted string rejects them.
 */
public final class TomlJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private TomlJson() {
    }

    public static ObjectNode toJson(TomlTable table) {
        ObjectNode object = NODES.objectNode();
        for (String key : table.keySet()) {
            object.set(key, value(table.get(List.of(key))));
        }
        return object;
    }

    private static ArrayNode toJson(TomlArray array) {
        ArrayNode out = NODES.arrayNode();
        for (int i = 0; i < array.size(); i++) {
            out.add(value(array.get(i)));
        }
        return out;
    }

    private static JsonNode value(Object value) {
        if (value instanceof TomlTable table) {
            return toJson(table);
        }
        if (value instanceof TomlArray array) {
            return toJson(array);
        }
        if (value instanceof String text) {
            return NODES.textNode(text);
        }
        if (value instanceof Long number) {
            return NODES.numberNode(number);
        }
        if (value instanceof Double number) {
            return NODES.numberNode(number);
        }
        if (value instanceof Boolean bool) {
            return NODES.booleanNode(bool);
        }
        return NODES.textNode(String.valueOf(value));
    }
}
