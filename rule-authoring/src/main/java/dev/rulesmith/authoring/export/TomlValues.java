package dev.rulesmith.authoring.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.tomlj.TomlArray;
import org.tomlj.TomlTable;

/**
 * A TOML table as plain JSON values (sorted maps, lists, strings, numbers, booleans), whitespace normalised as
 * detection-rules' {@code nested_normalize} does: each string's lines trimmed and joined with single spaces, except
 * under a {@code query} key at any depth (kept entirely as written) and the strings of its preserved fields
 * {@code note}, {@code setup} (the {@code Markdown} fields) and {@code message} (kept with their line breaks).
 */
final class TomlValues {

    /** The keys whose strings keep their layout: detection-rules' {@code get_preserved_fmt_fields}. */
    private static final Set<String> PRESERVED = Set.of("note", "setup", "message");

    /** Python's {@code str.splitlines} boundaries. */
    private static final Pattern LINE_BOUNDARY =
            Pattern.compile("\\r\\n|[\\n\\r\\x0B\\f\\x1C\\x1D\\x1E\\x{85}\\x{2028}\\x{2029}]");

    private TomlValues() {
    }

    static Map<String, Object> table(TomlTable table) {
        Map<String, Object> out = new TreeMap<>();
        for (String key : table.keySet()) {
            Object value = table.get(List.of(key));
            if ("query".equals(key)) {
                out.put(key, value(value, false));
            } else {
                out.put(key, PRESERVED.contains(key) && value instanceof String ? value : value(value, true));
            }
        }
        return out;
    }

    /** The TOML value as JSON values as written, without whitespace normalisation. */
    static Object raw(Object value) {
        return value(value, false);
    }

    private static Object value(Object value, boolean clean) {
        if (value instanceof TomlTable table) {
            return clean ? table(table) : rawTable(table);
        }
        if (value instanceof TomlArray array) {
            List<Object> out = new ArrayList<>();
            for (Object element : array.toList()) {
                out.add(value(element, clean));
            }
            return out;
        }
        if (clean && value instanceof String text) {
            return cleanWhitespace(text);
        }
        return value;
    }

    private static Map<String, Object> rawTable(TomlTable table) {
        Map<String, Object> out = new TreeMap<>();
        for (String key : table.keySet()) {
            out.put(key, raw(table.get(List.of(key))));
        }
        return out;
    }

    /**
     * detection-rules' {@code cleanup_whitespace}: {@code " ".join(line.strip() for line in s.strip().splitlines())},
     * with Python's whitespace (which includes the no-break spaces) and Python's line boundaries.
     */
    static String cleanWhitespace(String text) {
        String stripped = strip(text);
        if (stripped.isEmpty()) {
            return "";
        }
        List<String> lines = new ArrayList<>();
        for (String line : LINE_BOUNDARY.split(stripped, -1)) {
            lines.add(strip(line));
        }
        return String.join(" ", lines);
    }

    private static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isPythonSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isPythonSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isPythonSpace(char c) {
        return Character.isWhitespace(c) || c == '\u0085' || c == '\u00a0' || c == '\u2007' || c == '\u202f';
    }
}
