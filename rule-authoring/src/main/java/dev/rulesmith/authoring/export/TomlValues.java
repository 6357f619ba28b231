package dev.rulesmith.authoring.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.tomlj.TomlArray;
import org.tomlj.TomlTable;

/**
 * A TOML table as plain JSON values (sorted maps, lists, strings, numbers, booleans), whitespace normalised as
 * detection-rules' {@code nested_normalize} does: each string's lines trimmed and joined with single spaces, except
 * the query (kept as written) and the Markdown fields {@code note} and {@code setup} (kept with their line breaks).
 */
final class TomlValues {

    /** The keys whose strings keep their layout: the query and detection-rules' {@code Markdown} fields. */
    private static final Set<String> PRESERVED = Set.of("query", "note", "setup");

    private TomlValues() {
    }

    static Map<String, Object> table(TomlTable table) {
        Map<String, Object> out = new TreeMap<>();
        for (String key : table.keySet()) {
            Object value = table.get(List.of(key));
            out.put(key, PRESERVED.contains(key) && value instanceof String ? value : value(value));
        }
        return out;
    }

    private static Object value(Object value) {
        if (value instanceof TomlTable table) {
            return table(table);
        }
        if (value instanceof TomlArray array) {
            List<Object> out = new ArrayList<>();
            for (Object element : array.toList()) {
                out.add(value(element));
            }
            return out;
        }
        if (value instanceof String text) {
            return cleanWhitespace(text);
        }
        return value;
    }

    /** detection-rules' {@code cleanup_whitespace}: {@code " ".join(line.strip() for line in s.strip().splitlines())}. */
    static String cleanWhitespace(String text) {
        return String.join(" ", text.strip().lines().map(String::strip).toList());
    }
}
