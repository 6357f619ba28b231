package dev.rulesmith.validator.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.ValidationMessage;
import dev.rulesmith.validator.model.KeyPath;
import dev.rulesmith.validator.model.RuleFile;
import dev.rulesmith.validator.text.Suggestions;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The text of one violation (without its key path), written from the failing keyword and the schema around it. */
final class MessageText {

    /** Schema definitions that only apply to one rule type: their messages name that type. */
    private static final Set<String> TYPE_DEFS = Set.of("queryBased", "notThreatMatch", "notEql", "suppressionMapping",
            "kueryOrLucene", "queryRule", "eqlRule", "esqlRule", "thresholdRule", "newTermsRule", "threatMatchRule",
            "machineLearningRule");

    /** Keywords about a value (rather than about which keys a table has). */
    private static final Set<String> VALUE_KEYWORDS = Set.of("type", "const", "enum", "pattern");

    private final ValidationMessage message;
    private final RuleFile rule;
    private final JsonNode document;
    private final KeyPath at;
    private final JsonNodePath keyword;

    MessageText(ValidationMessage message, RuleFile rule, JsonNode document, KeyPath at) {
        this.message = message;
        this.rule = rule;
        this.document = document;
        this.at = at;
        this.keyword = message.getSchemaLocation().getFragment();
    }

    String text() {
        if (VALUE_KEYWORDS.contains(message.getType())
                && rule.value(at).filter(TemporalAccessor.class::isInstance).isPresent()) {
            return "found the TOML date/time " + rule.value(at).get() + ", expected " + expectation()
                    + " (a quoted string)";
        }
        String text = switch (message.getType()) {
            case "additionalProperties" -> unknownKey();
            case "required" -> "required key is missing";
            case "dependentRequired" -> "requires " + dependents() + " to be set as well";
            case "enum" -> enumeration();
            case "const" -> "must be " + quote(schemaNode(keyword)) + ", not " + quote(instance())
                    + didYouMean(List.of(schemaNode(keyword)));
            case "type" -> "expected " + expectation() + ", found " + JsonTypes.describe(instance());
            case "not" -> notAllowed();
            case "false" -> "is not allowed here";
            case "minItems" -> "must have at least " + schemaNode(keyword).asInt() + " item(s)";
            case "maxItems" -> "must have at most " + schemaNode(keyword).asInt() + " item(s)";
            case "minLength" -> "must not be empty";
            default -> render(instance()) + " is not " + expectation();
        };
        return message.getType().equals("not") ? text : text + typeContext();
    }

    private String unknownKey() {
        JsonNode properties = schemaNode(keyword.getParent()).path("properties");
        List<String> known = new ArrayList<>();
        properties.properties().forEach(property -> {
            if (!property.getValue().has("not")) {
                known.add(property.getKey());
            }
        });
        String key = message.getProperty();
        String suggestion = Suggestions.didYouMean(key, known);
        return "unknown key" + (suggestion.isEmpty() ? otherTable(key) : suggestion);
    }

    /** " (it belongs in [metadata])" for a [metadata] key written in [rule], and the other way round. */
    private String otherTable(String key) {
        for (String table : List.of("metadata", "rule")) {
            boolean elsewhere = at.segments().size() == 2 && !table.equals(at.segments().get(0));
            if (elsewhere && RuleJsonSchema.tree().path("$defs").path(table).path("properties").has(key)) {
                return " (it belongs in [" + table + "])";
            }
        }
        return "";
    }

    private String dependents() {
        List<String> names = new ArrayList<>();
        schemaNode(keyword).path(message.getProperty()).forEach(name -> names.add(name.asText()));
        return String.join(", ", names);
    }

    private String enumeration() {
        List<JsonNode> values = new ArrayList<>();
        schemaNode(keyword).forEach(values::add);
        String choices = values.stream().map(JsonNode::asText).collect(Collectors.joining(", "));
        return quote(instance()) + " is not one of " + choices + didYouMean(values);
    }

    private String didYouMean(List<JsonNode> values) {
        if (!instance().isTextual()) {
            return "";
        }
        return Suggestions.didYouMean(instance().asText(), values.stream().map(JsonNode::asText).toList());
    }

    private String notAllowed() {
        String reason = schemaNode(keyword.getParent()).path("description").asText("is not allowed here");
        return reason.replace("{type}", document.path("rule").path("type").asText());
    }

    /** " for a rule of type 'x'" when the failing keyword belongs to one rule type's definition. */
    private String typeContext() {
        boolean typeSpecific = keyword.getNameCount() > 1 && "$defs".equals(keyword.getName(0))
                && TYPE_DEFS.contains(keyword.getName(1));
        JsonNode type = document.path("rule").path("type");
        return typeSpecific && type.isTextual() ? " for a rule of type '" + type.asText() + "'" : "";
    }

    /** What the schema wanted: the title of the failing schema, else its type. */
    private String expectation() {
        JsonNode schema = schemaNode(keyword.getParent());
        if (schema.hasNonNull("title")) {
            return schema.get("title").asText();
        }
        return JsonTypes.expected(schema.path("type"));
    }

    private JsonNode instance() {
        JsonNode node = message.getInstanceNode();
        return node == null ? document.at(message.getInstanceLocation().toString()) : node;
    }

    private static String render(JsonNode node) {
        return node.isTextual() ? quote(node) : node.toString();
    }

    private static String quote(JsonNode node) {
        return node.isTextual() ? "'" + node.asText() + "'" : node.toString();
    }

    private static JsonNode schemaNode(JsonNodePath fragment) {
        JsonNode node = RuleJsonSchema.tree();
        for (int i = 0; i < fragment.getNameCount(); i++) {
            Object element = fragment.getElement(i);
            node = element instanceof Integer index ? node.path(index) : node.path(String.valueOf(element));
        }
        return node;
    }
}
