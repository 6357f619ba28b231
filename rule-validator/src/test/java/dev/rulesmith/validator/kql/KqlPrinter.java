package dev.rulesmith.validator.kql;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Prints a {@link KqlNode} as a compact S-expression for spec files: {@code (and A B)}, {@code (or A B)},
 * {@code (not A)}, {@code (match FIELD VALUE)}, {@code (text VALUE)} (free text), {@code (range FIELD < VALUE)},
 * {@code (exists FIELD)}, {@code (nested PATH QUERY)}, {@code (match-all)}. A quoted value prints as
 * {@code "..."}, an unquoted one as {@code '...'} in which an unescaped {@code *} is a wildcard and {@code \*} a
 * literal star. A field prints bare, or in single quotes when it holds characters other than letters, digits and
 * {@code _ . @ - *}.
 */
final class KqlPrinter {

    private KqlPrinter() {
    }

    static String print(KqlNode node) {
        if (node instanceof KqlNode.And and) {
            return list("and", and.clauses());
        }
        if (node instanceof KqlNode.Or or) {
            return list("or", or.clauses());
        }
        if (node instanceof KqlNode.Not not) {
            return "(not " + print(not.clause()) + ")";
        }
        if (node instanceof KqlNode.Match match) {
            return match.field().map(f -> "(match " + field(f) + " " + value(match.value()) + ")")
                    .orElseGet(() -> "(text " + value(match.value()) + ")");
        }
        if (node instanceof KqlNode.Range range) {
            return "(range " + field(range.field()) + " " + range.operator().symbol() + " " + value(range.value())
                    + ")";
        }
        if (node instanceof KqlNode.Exists exists) {
            return "(exists " + field(exists.field()) + ")";
        }
        if (node instanceof KqlNode.Nested nested) {
            return "(nested " + field(nested.path()) + " " + print(nested.query()) + ")";
        }
        return "(match-all)";
    }

    private static String list(String operator, List<KqlNode> clauses) {
        return clauses.stream().map(KqlPrinter::print).collect(Collectors.joining(" ", "(" + operator + " ", ")"));
    }

    private static String field(KqlField field) {
        boolean simple = field.name().matches("[A-Za-z0-9_.@*-]+") && (field.wildcard() || !field.name().contains("*"));
        return simple ? field.name() : "'" + escape(field.name(), field.wildcard()) + "'";
    }

    private static String value(KqlValue value) {
        if (value.quoted()) {
            return "\"" + control(value.text().replace("\\", "\\\\").replace("\"", "\\\"")) + "\"";
        }
        return "'" + (value.isWildcard() ? String.join("*", value.wildcardParts().stream()
                .map(part -> escape(part, false)).toList()) : escape(value.text(), false)) + "'";
    }

    private static String escape(String text, boolean keepStars) {
        String escaped = text.replace("\\", "\\\\").replace("'", "\\'");
        return control(keepStars ? escaped : escaped.replace("*", "\\*"));
    }

    private static String control(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.toString();
    }
}
