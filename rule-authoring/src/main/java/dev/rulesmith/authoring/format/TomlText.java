package dev.rulesmith.authoring.format;

import java.util.ArrayList;
import java.util.List;

/**
 * Lexical helpers over TOML source that tomlj has already accepted: where a value, a string or a key ends, the items
 * of an array, and the decoding of single-line strings and keys. Never validates; malformed input is tomlj's job.
 */
final class TomlText {

    /** One {@code key = value} item of an inline table, both as written. */
    record KeyValue(String key, String value) {
    }

    private TomlText() {
    }

    /** The index just past the value starting at {@code start}. */
    static int valueEnd(String s, int start) {
        char c = s.charAt(start);
        if (c == '"' || c == '\'') {
            return stringEnd(s, start);
        }
        if (c == '[' || c == '{') {
            return bracketEnd(s, start);
        }
        int i = start;
        while (i < s.length() && !isScalarEnd(s.charAt(i))) {
            i++;
        }
        if (i + 2 < s.length() && s.charAt(i) == ' ' && isLocalDate(s, start, i) && Character.isDigit(s.charAt(i + 1))
                && Character.isDigit(s.charAt(i + 2))) {
            return valueEnd(s, i + 1);
        }
        return i;
    }

    private static boolean isScalarEnd(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == ',' || c == ']' || c == '}' || c == '#';
    }

    private static boolean isLocalDate(String s, int start, int end) {
        return s.substring(start, end).matches("\\d{4}-\\d{2}-\\d{2}");
    }

    /** The index just past the string (any of the four kinds) starting at {@code start}. */
    static int stringEnd(String s, int start) {
        char quote = s.charAt(start);
        boolean escapes = quote == '"';
        if (s.startsWith(String.valueOf(quote).repeat(3), start)) {
            int i = start + 3;
            while (true) {
                char c = s.charAt(i);
                if (escapes && c == '\\') {
                    i += 2;
                } else if (c == quote && s.startsWith(String.valueOf(quote).repeat(3), i)) {
                    int end = i + 3;
                    for (int extra = 0; extra < 2 && end < s.length() && s.charAt(end) == quote; extra++) {
                        end++;
                    }
                    return end;
                } else {
                    i++;
                }
            }
        }
        int i = start + 1;
        while (s.charAt(i) != quote) {
            i += escapes && s.charAt(i) == '\\' ? 2 : 1;
        }
        return i + 1;
    }

    private static int bracketEnd(String s, int start) {
        int depth = 0;
        int i = start;
        while (true) {
            char c = s.charAt(i);
            if (c == '"' || c == '\'') {
                i = stringEnd(s, i);
                continue;
            }
            if (c == '#') {
                i = lineEnd(s, i);
                continue;
            }
            if (c == '[' || c == '{') {
                depth++;
            } else if ((c == ']' || c == '}') && --depth == 0) {
                return i + 1;
            }
            i++;
        }
    }

    /** The index of the line break (or the end of the text) at or after {@code from}. */
    static int lineEnd(String s, int from) {
        int i = s.indexOf('\n', from);
        int end = i < 0 ? s.length() : i;
        return end > from && s.charAt(end - 1) == '\r' ? end - 1 : end;
    }

    /** The index of the first character at or after {@code from} that is not a space or tab. */
    static int skipBlanks(String s, int from) {
        int i = from;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    /** The raw items of an array's text, or null when the array holds a comment (then it is kept verbatim). */
    static List<String> arrayItems(String raw) {
        List<String> items = new ArrayList<>();
        int i = 1;
        while (true) {
            i = skipSpace(raw, i);
            if (raw.charAt(i) == '#') {
                return null;
            }
            if (raw.charAt(i) == ']') {
                return items;
            }
            int end = valueEnd(raw, i);
            items.add(raw.substring(i, end));
            i = skipSpace(raw, end);
            if (raw.charAt(i) == '#') {
                return null;
            }
            if (raw.charAt(i) == ',') {
                i++;
            }
        }
    }

    /**
     * The items of an inline table's text, in order; an empty list for {@code {}}.
     */
    static List<KeyValue> inlineTableItems(String raw) {
        List<KeyValue> items = new ArrayList<>();
        int i = skipSpace(raw, 1);
        while (raw.charAt(i) != '}') {
            int equals = keyEnd(raw, i, '=');
            int valueStart = skipBlanks(raw, equals + 1);
            int valueEnd = valueEnd(raw, valueStart);
            items.add(new KeyValue(raw.substring(i, equals), raw.substring(valueStart, valueEnd)));
            i = skipSpace(raw, valueEnd);
            i = raw.charAt(i) == ',' ? skipSpace(raw, i + 1) : i;
        }
        return items;
    }

    /** The index of {@code terminator} ending a key that starts at {@code from}, skipping quoted parts. */
    static int keyEnd(String s, int from, char terminator) {
        int i = from;
        while (s.charAt(i) != terminator) {
            char c = s.charAt(i);
            i = c == '"' || c == '\'' ? stringEnd(s, i) : i + 1;
        }
        return i;
    }

    private static int skipSpace(String s, int from) {
        int i = from;
        while (Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** True for a string written with three quotes (multi-line syntax), kept verbatim by the formatter. */
    static boolean isMultiline(String raw) {
        return raw.startsWith("\"\"\"") || raw.startsWith("'''");
    }

    /** True for a single-line string value (basic or literal). */
    static boolean isString(String raw) {
        return !isMultiline(raw) && (raw.startsWith("\"") || raw.startsWith("'"));
    }

    /** The value of a single-line basic or literal string. */
    static String decode(String raw) {
        String body = raw.substring(1, raw.length() - 1);
        if (raw.charAt(0) == '\'') {
            return body;
        }
        StringBuilder out = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = body.charAt(++i);
            switch (e) {
                case 'b' -> out.append('\b');
                case 't' -> out.append('\t');
                case 'n' -> out.append('\n');
                case 'f' -> out.append('\f');
                case 'r' -> out.append('\r');
                case 'e' -> out.append('\u001b');
                case 'u', 'U', 'x' -> {
                    int digits = e == 'u' ? 4 : e == 'U' ? 8 : 2;
                    out.appendCodePoint(Integer.parseInt(body.substring(i + 1, i + 1 + digits), 16));
                    i += digits;
                }
                default -> out.append(e);
            }
        }
        return out.toString();
    }

    /** The parts of a dotted key ({@code a."b.c".d}), decoded. */
    static List<String> keyParts(String key) {
        List<String> parts = new ArrayList<>();
        int i = skipBlanks(key, 0);
        while (i < key.length()) {
            int end;
            if (key.charAt(i) == '"' || key.charAt(i) == '\'') {
                end = stringEnd(key, i);
                parts.add(decode(key.substring(i, end)));
            } else {
                end = i;
                while (end < key.length() && key.charAt(end) != '.' && key.charAt(end) != ' '
                        && key.charAt(end) != '\t') {
                    end++;
                }
                parts.add(key.substring(i, end));
            }
            i = skipBlanks(key, end);
            if (i < key.length() && key.charAt(i) == '.') {
                i = skipBlanks(key, i + 1);
            }
        }
        return parts;
    }
}
