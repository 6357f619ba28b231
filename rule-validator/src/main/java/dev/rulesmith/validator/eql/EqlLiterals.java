package dev.rulesmith.validator.eql;

import org.antlr.v4.runtime.Token;

/**
 * Literal values as Elasticsearch reads them: double-quoted strings with the escapes &#92;n &#92;r &#92;t &#92;"
 * &#92;' &#92;&#92; and &#92;u{X..X} (2 to 8 hex digits), verbatim triple-quoted strings, and numbers.
 */
final class EqlLiterals {

    private EqlLiterals() {
    }

    /** The value of a STRING token; single-quoted and {@code ?"..."} strings are rejected as Elasticsearch does. */
    static String string(Token token) {
        String text = token.getText();
        if (text.startsWith("\"\"\"")) {
            return text.substring(3, text.length() - 3);
        }
        if (text.startsWith("'")) {
            throw Positions.error(token, "single-quoted strings are not supported by Elasticsearch EQL; "
                    + "use double quotes");
        }
        if (text.startsWith("?")) {
            throw Positions.error(token, "?\"...\" raw strings are not supported by Elasticsearch EQL; "
                    + "use triple double quotes (\"\"\"...\"\"\")");
        }
        return unescape(token, text);
    }

    private static String unescape(Token token, String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 1;
        while (i < text.length() - 1) {
            char c = text.charAt(i);
            if (c != '\\') {
                out.append(c);
                i++;
                continue;
            }
            char next = text.charAt(i + 1);
            switch (next) {
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case '"', '\'', '\\' -> out.append(next);
                case 'u' -> {
                    i = unicode(token, text, i, out);
                    continue;
                }
                default -> throw errorAt(token, i, "invalid escape sequence '\\" + next
                        + "' in string (Elasticsearch EQL allows \\n \\r \\t \\\" \\' \\\\ and \\u{...})");
            }
            i += 2;
        }
        return out.toString();
    }

    private static int unicode(Token token, String text, int backslash, StringBuilder out) {
        int open = backslash + 2;
        int close = text.indexOf('}', open);
        if (open >= text.length() - 1 || text.charAt(open) != '{' || close < 0) {
            throw errorAt(token, backslash, "invalid unicode escape: use \\u{X..X} with 2 to 8 hex digits");
        }
        String hex = text.substring(open + 1, close);
        if (hex.length() < 2 || hex.length() > 8 || !hex.chars().allMatch(EqlLiterals::isHex)) {
            throw errorAt(token, backslash, "invalid unicode escape '\\u{" + hex
                    + "}': use 2 to 8 hex digits");
        }
        long code = Long.parseLong(hex, 16);
        if (code > Character.MAX_CODE_POINT || (code >= Character.MIN_SURROGATE && code <= Character.MAX_SURROGATE)) {
            throw errorAt(token, backslash, "invalid unicode character code '\\u{" + hex + "}'");
        }
        out.appendCodePoint((int) code);
        return close + 1;
    }

    private static boolean isHex(int c) {
        return Character.digit(c, 16) >= 0 && c < 128;
    }

    private static RuntimeException errorAt(Token token, int offset, String reason) {
        Span span = Positions.of(token);
        return Positions.error(new Span(span.start() + offset, span.end(), span.line(), span.column() + offset),
                reason);
    }

    /** An integer literal; Elasticsearch rejects numbers that do not fit a long. */
    static long integer(Token token) {
        try {
            return Long.parseLong(token.getText());
        } catch (NumberFormatException e) {
            throw Positions.error(token, "number '" + token.getText() + "' is too large");
        }
    }

    /** A decimal literal. */
    static double decimal(Token token) {
        double value = Double.parseDouble(token.getText());
        if (Double.isInfinite(value)) {
            throw Positions.error(token, "number '" + token.getText() + "' is too large");
        }
        return value;
    }
}
