package dev.rulesmith.validator.checks;

import dev.rulesmith.validator.eql.EqlExpr;
import dev.rulesmith.validator.fields.FieldView;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The data type families Elasticsearch's EQL analyser tells apart (its {@code DataTypes.areCompatible}): strings
 * ({@code keyword}, {@code constant_keyword}, {@code wildcard}, {@code text}), numbers, dates, IPs and booleans.
 * Types outside these families are {@link #OTHER} and never reported.
 */
enum EqlTypeFamily {
    STRING, NUMERIC, DATE, IP, BOOLEAN, NULL, OTHER;

    private static final Set<String> TEXT = Set.of("text", "match_only_text");
    private static final Set<String> KEYWORDS = Set.of("keyword", "constant_keyword", "wildcard");
    private static final Set<String> NUMBERS = Set.of("long", "integer", "short", "byte", "double", "float",
            "half_float", "scaled_float", "unsigned_long");

    /** The family of a mapped field type. */
    static EqlTypeFamily ofMapping(String type) {
        if (TEXT.contains(type) || KEYWORDS.contains(type)) {
            return STRING;
        }
        if (NUMBERS.contains(type)) {
            return NUMERIC;
        }
        if (type.equals("date") || type.equals("date_nanos")) {
            return DATE;
        }
        if (type.equals("ip")) {
            return IP;
        }
        return type.equals("boolean") ? BOOLEAN : OTHER;
    }

    /** The family of a literal: a string literal is a {@code keyword}. */
    static EqlTypeFamily ofLiteral(EqlExpr.Literal literal) {
        if (literal instanceof EqlExpr.StringLiteral) {
            return STRING;
        }
        if (literal instanceof EqlExpr.IntegerLiteral || literal instanceof EqlExpr.DecimalLiteral) {
            return NUMERIC;
        }
        return literal instanceof EqlExpr.BooleanLiteral ? BOOLEAN : NULL;
    }

    /** True unless Elasticsearch rejects mixing the two families (a null or an unknown family mixes with any). */
    boolean compatibleWith(EqlTypeFamily other) {
        return this == other || this == NULL || other == NULL || this == OTHER || other == OTHER;
    }

    /** How a message names the family. */
    String label() {
        return switch (this) {
            case STRING -> "string";
            case NUMERIC -> "number";
            case DATE -> "date";
            case IP -> "IP address";
            case BOOLEAN -> "boolean";
            case NULL -> "null";
            case OTHER -> "value";
        };
    }

    /**
     * Why Elasticsearch cannot use a {@code text} field for exact matching, if it cannot: it needs exactly one
     * keyword sub-field (a multi-field) to fall back to.
     */
    static Optional<String> inexact(FieldView fields, String name, String type) {
        if (!TEXT.contains(type)) {
            return Optional.empty();
        }
        String prefix = name + ".";
        List<String> keywords = fields.fieldNames().stream()
                .filter(f -> f.startsWith(prefix) && f.indexOf('.', prefix.length()) < 0)
                .filter(f -> fields.typeOf(f).filter(KEYWORDS::contains).isPresent()).toList();
        if (keywords.size() == 1) {
            return Optional.empty();
        }
        return Optional.of(keywords.isEmpty() ? "no keyword sub-field for exact matches"
                : "several keyword sub-fields " + keywords + " and none chosen");
    }
}
