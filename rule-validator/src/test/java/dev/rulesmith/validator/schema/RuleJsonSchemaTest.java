package dev.rulesmith.validator.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuleJsonSchemaTest {

    @Test
    void isAValidDraft202012Schema() {
        Set<ValidationMessage> errors = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"))
                .validate(RuleJsonSchema.tree());
        assertEquals(Set.of(), errors);
    }

    @Test
    void closesEveryTableItDescribes() {
        List<String> open = new ArrayList<>();
        collectOpenObjects(RuleJsonSchema.tree(), "#", open);
        assertEquals(List.of(), open, "object schemas with properties but without additionalProperties: false");
    }

    @Test
    void describesEveryKeyOfTheRuleAndMetadataTables() {
        for (String table : List.of("rule", "metadata")) {
            Iterator<Map.Entry<String, JsonNode>> keys = RuleJsonSchema.tree().path("$defs").path(table)
                    .path("properties").fields();
            keys.forEachRemaining(key -> assertTrue(key.getValue().hasNonNull("description"),
                    table + "." + key.getKey() + " has no description"));
        }
    }

    /** Every schema that lists properties of a table (outside the per-type overlays) must forbid other keys. */
    private static void collectOpenObjects(JsonNode node, String where, List<String> open) {
        if (node.isObject()) {
            boolean describesTable = node.has("properties") && "object".equals(node.path("type").asText());
            if (describesTable && !node.path("additionalProperties").isBoolean()) {
                open.add(where);
            }
            node.fields().forEachRemaining(e -> collectOpenObjects(e.getValue(), where + "/" + e.getKey(), open));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectOpenObjects(node.get(i), where + "/" + i, open);
            }
        }
    }
}
