package dev.rulesmith.validator.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.ValidationMessage;
import dev.rulesmith.validator.model.KeyPath;
import dev.rulesmith.validator.model.RuleFile;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns networknt's validation messages into one actionable message per key: each message is moved to the key it
 * is about (the missing or unknown key rather than its table), and where several keywords fail at one key only the
 * most telling survives (an unknown key beats its type, a type beats its pattern).
 */
final class ViolationMessages {

    private static final List<String> RANK = List.of("not", "false", "additionalProperties", "type", "const", "enum",
            "required", "dependentRequired", "pattern", "minimum", "maximum", "minItems", "maxItems", "minLength");

    private ViolationMessages() {
    }

    static List<SchemaViolation> describe(Collection<ValidationMessage> messages, RuleFile rule, JsonNode document) {
        Map<KeyPath, ValidationMessage> best = new LinkedHashMap<>();
        for (ValidationMessage message : messages.stream().sorted(Comparator.comparing(ViolationMessages::rank)
                .thenComparing(ValidationMessage::getMessage))
                .toList()) {
            best.putIfAbsent(keyPath(message), message);
        }
        List<SchemaViolation> out = new ArrayList<>();
        best.forEach((at, message) -> out.add(new SchemaViolation(at,
                at + ": " + new MessageText(message, rule, document, at).text())));
        return out;
    }

    /** The key a message is about: the missing, unknown or dependent key for keywords reported on their table. */
    static KeyPath keyPath(ValidationMessage message) {
        KeyPath at = toKeyPath(message.getInstanceLocation());
        return switch (message.getType()) {
            case "required", "additionalProperties", "dependentRequired" ->
                    message.getProperty() == null ? at : at.child(message.getProperty());
            default -> at;
        };
    }

    static KeyPath toKeyPath(JsonNodePath path) {
        List<Object> segments = new ArrayList<>();
        for (int i = 0; i < path.getNameCount(); i++) {
            segments.add(path.getElement(i));
        }
        return new KeyPath(segments);
    }

    private static int rank(ValidationMessage message) {
        int index = RANK.indexOf(message.getType());
        return index < 0 ? RANK.size() : index;
    }
}
