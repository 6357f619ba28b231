package dev.rulesmith.validator.kql;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rulesmith.validator.kql.KqlDslFields.DslField;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Translates KQL to the Elasticsearch query DSL exactly as Kibana's kbn-es-query does ({@code toElasticsearchQuery}
 * of the and/or/not/is/range/nested node types, and {@code buildEsQuery} for {@link #toSearchQuery}): AND is a
 * {@code bool} {@code filter}, OR a {@code bool} {@code should} with {@code minimum_should_match: 1}, NOT a
 * {@code bool} {@code must_not}; every field clause is a one-field {@code should}; free text is a
 * {@code multi_match} ({@code query_string} when it holds a wildcard). One deviation: a lone {@code *} gives
 * {@code match_all} where Kibana sends {@code query_string "*"}, which Elasticsearch runs as match-all.
 */
public final class KqlToDsl {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Pattern QUERY_STRING_RESERVED = Pattern.compile("[+\\-=&|><!(){}\\[\\]^\"~*?:\\\\/]");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private final KqlDslOptions options;
    private final KqlDslFields fields;

    public KqlToDsl(KqlDslOptions options) {
        this.options = options;
        this.fields = new KqlDslFields(options.fields());
    }

    /** The query Kibana builds for {@code node} with its default options and no field list. */
    public static JsonNode query(KqlNode node) {
        return new KqlToDsl(KqlDslOptions.defaults()).toQuery(node);
    }

    /** Kibana's {@code toElasticsearchQuery} of the whole tree. */
    public JsonNode toQuery(KqlNode node) {
        return DeepStack.call(() -> convert(node, null));
    }

    /** Kibana's {@code buildEsQuery} for this one KQL query: {@code {"bool":{"must","filter","should","must_not"}}}. */
    public JsonNode toSearchQuery(KqlNode node) {
        JsonNode query = toQuery(node);
        ObjectNode bool = JSON.objectNode();
        ArrayNode must = bool.putArray("must");
        ArrayNode filter = bool.putArray("filter");
        bool.putArray("should");
        bool.putArray("must_not");
        if (!query.equals(matchAll())) {
            (options.filtersInMustClause() ? must : filter).add(query);
        }
        return object("bool", bool);
    }

    private ObjectNode convert(KqlNode node, String nested) {
        if (node instanceof KqlNode.And and) {
            ArrayNode clauses = JSON.arrayNode();
            and.clauses().forEach(clause -> clauses.add(convert(clause, nested)));
            return object("bool", object(options.filtersInMustClause() ? "must" : "filter", clauses));
        }
        if (node instanceof KqlNode.Or or) {
            ArrayNode clauses = JSON.arrayNode();
            or.clauses().forEach(clause -> clauses.add(convert(clause, nested)));
            return should(clauses);
        }
        if (node instanceof KqlNode.Not not) {
            return object("bool", object("must_not", convert(not.clause(), nested)));
        }
        if (node instanceof KqlNode.Nested block) {
            String path = nested == null ? block.path().name() : nested + "." + block.path().name();
            return nestedQuery(path, convert(block.query(), path));
        }
        if (node instanceof KqlNode.Match match) {
            return match.field().isPresent() || nested != null
                    ? is(match.field().orElseGet(() -> nullField(match.span())), match.value(), nested)
                    : freeText(match.value());
        }
        if (node instanceof KqlNode.Exists exists) {
            return exists(exists.field(), nested);
        }
        if (node instanceof KqlNode.Range range) {
            return range(range, nested);
        }
        return matchAll();
    }

    /** Inside a nested group Kibana names a fieldless term's field "path.null" and queries that field. */
    private static KqlField nullField(Span span) {
        return new KqlField("null", false, span);
    }

    private ObjectNode freeText(KqlValue value) {
        if (value.isWildcard()) {
            return object("query_string", object("query", JSON.textNode(queryString(value))));
        }
        ObjectNode multiMatch = JSON.objectNode();
        multiMatch.put("type", value.quoted() ? "phrase" : "best_fields");
        multiMatch.set("query", literal(value));
        multiMatch.put("lenient", true);
        return object("multi_match", multiMatch);
    }

    private ObjectNode is(KqlField field, KqlValue value, String nested) {
        ArrayNode queries = JSON.arrayNode();
        for (DslField target : fields.resolve(field, nested)) {
            queries.add(wrapNested(field, target, nested, fieldQuery(target, value)));
        }
        return should(queries);
    }

    private ObjectNode fieldQuery(DslField target, KqlValue value) {
        if (value.isWildcard()) {
            String pattern = queryString(value);
            if (target.isKeyword()) {
                ObjectNode wildcard = caseSensitivity(object("value", JSON.textNode(pattern)));
                return object("wildcard", object(target.name(), wildcard));
            }
            ObjectNode query = JSON.objectNode();
            query.set("fields", JSON.arrayNode().add(target.name()));
            query.put("query", pattern);
            return object("query_string", query);
        }
        if (target.isDate()) {
            ObjectNode bounds = JSON.objectNode();
            bounds.set("gte", literal(value));
            bounds.set("lte", literal(value));
            return object("range", object(target.name(), timeZone(bounds, value)));
        }
        if (target.isKeyword()) {
            return object("term", object(target.name(), caseSensitivity(object("value", literal(value)))));
        }
        return object(value.quoted() ? "match_phrase" : "match", object(target.name(), literal(value)));
    }

    private ObjectNode exists(KqlField field, String nested) {
        ArrayNode queries = JSON.arrayNode();
        for (DslField target : fields.resolve(field, nested)) {
            queries.add(wrapNested(field, target, nested, object("exists", object("field", JSON.textNode(
                    target.name())))));
        }
        return should(queries);
    }

    private ObjectNode range(KqlNode.Range range, String nested) {
        ArrayNode queries = JSON.arrayNode();
        String operator = switch (range.operator()) {
            case LT -> "lt";
            case LTE -> "lte";
            case GT -> "gt";
            case GTE -> "gte";
        };
        for (DslField target : fields.resolve(range.field(), nested)) {
            ObjectNode params = object(operator, literal(range.value()));
            if (target.isDate()) {
                timeZone(params, range.value());
            }
            queries.add(wrapNested(range.field(), target, nested, object("range", object(target.name(), params))));
        }
        return should(queries);
    }

    /** Wildcard field names may reach nested fields: Kibana wraps those in a nested query by itself. */
    private static ObjectNode wrapNested(KqlField field, DslField target, String nested, ObjectNode query) {
        if (!field.wildcard() || target.nestedPath().isEmpty() || nested != null) {
            return query;
        }
        return nestedQuery(target.nestedPath().get(), query);
    }

    private static ObjectNode nestedQuery(String path, ObjectNode query) {
        ObjectNode nested = JSON.objectNode();
        nested.put("path", path);
        nested.set("query", query);
        nested.put("score_mode", "none");
        return object("nested", nested);
    }

    private ObjectNode caseSensitivity(ObjectNode query) {
        options.caseInsensitive().ifPresent(flag -> query.put("case_insensitive", flag));
        return query;
    }

    /** Epoch values (digits only) are absolute and get no time zone. */
    private ObjectNode timeZone(ObjectNode params, KqlValue value) {
        boolean epoch = DIGITS.matcher(value.text()).matches();
        options.dateFormatTz().filter(tz -> !epoch).ifPresent(tz -> params.put("time_zone", tz));
        return params;
    }

    /** Kibana's literal node value: unquoted true, false and null are typed, everything else is a string. */
    private static JsonNode literal(KqlValue value) {
        if (!value.quoted() && !value.isWildcard()) {
            switch (value.text()) {
                case "true" -> {
                    return JSON.booleanNode(true);
                }
                case "false" -> {
                    return JSON.booleanNode(false);
                }
                case "null" -> {
                    return JSON.nullNode();
                }
                default -> {
                }
            }
        }
        return JSON.textNode(value.text());
    }

    private static String queryString(KqlValue value) {
        List<String> parts = value.wildcardParts().stream()
                .map(part -> QUERY_STRING_RESERVED.matcher(part).replaceAll("\\\\$0")).toList();
        return String.join("*", parts);
    }

    private static ObjectNode should(ArrayNode clauses) {
        ObjectNode bool = JSON.objectNode();
        bool.set("should", clauses);
        bool.put("minimum_should_match", 1);
        return object("bool", bool);
    }

    private static ObjectNode matchAll() {
        return object("match_all", JSON.objectNode());
    }

    private static ObjectNode object(String key, JsonNode value) {
        ObjectNode node = JSON.objectNode();
        node.set(key, value);
        return node;
    }
}
