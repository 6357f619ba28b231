package dev.rulesmith.authoring.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes a {@link TomlNode} tree in the layout elastic/detection-rules' toml-lint ({@code rule_formatter.toml_write}
 * over the {@code toml} package's encoder) writes: tables {@code metadata}, {@code transform}, {@code rule} in that
 * order; in every table its keys sorted, then its arrays of tables ({@code [[rule.threat]]}), then, table by table
 * and level by level, its sub-tables (inline tables included: {@link TomlReader} makes them sub-tables);
 * {@code rule.query} last among the keys after a blank line ({@code threat_query} sorts with the other keys, as in
 * every threat_match rule of the corpus: toml-lint's newer move of it below the query, re-quoted, is not copied);
 * and toml-lint's blank lines (one after each array-of-tables element and before an element's sub-tables; each
 * top-level table followed by one, so the file ends with a blank line). Comments stay before, or after on the line
 * of, the key or header they were attached to; comments after everything end the file.
 */
final class CanonicalWriter {

    private static final List<String> TOP_ORDER = List.of("metadata", "transform", "rule");
    private static final String QUERY = "query";
    private static final Set<String> UNWRAPPED = Set.of("note", "setup", "message");
    private static final Pattern BARE_KEY = Pattern.compile("[A-Za-z0-9_-]+");

    /** What the encoder's {@code dump_sections} returns: a table's text and the sub-tables still to write. */
    private record Dump(String text, Map<String, TomlNode> tables) {
    }

    private CanonicalWriter() {
    }

    static String write(TomlReader.Document document) {
        TomlNode root = document.root();
        StringBuilder out = new StringBuilder(dump(root, "", false).text());
        Stream.concat(TOP_ORDER.stream().filter(root.tables::containsKey),
                        root.tables.keySet().stream().filter(k -> !TOP_ORDER.contains(k)).sorted())
                .forEach(key -> {
                    if (out.length() > 0 && !endsWithBlankLine(out)) {
                        out.append('\n');
                    }
                    out.append(table(key(key), root.tables.get(key))).append('\n');
                });
        if (!document.endComments().isEmpty()) {
            out.append(String.join("\n", document.endComments())).append('\n');
        }
        return out.toString();
    }

    /** The encoder's {@code dumps} of one top-level table: its text, then its sub-tables breadth first. */
    private static String table(String name, TomlNode node) {
        StringBuilder out = new StringBuilder();
        Map<String, TomlNode> sections = Map.of(name, node);
        while (!sections.isEmpty()) {
            Map<String, TomlNode> next = new LinkedHashMap<>();
            sections.forEach((section, table) -> {
                Dump dump = dump(table, section, section.equals("rule"));
                if (!dump.text().isEmpty() || dump.tables().isEmpty() || hasComments(table)) {
                    if (out.length() > 0 && !endsWithBlankLine(out)) {
                        out.append('\n');
                    }
                    out.append(header("[" + section + "]", table)).append(dump.text());
                }
                dump.tables().forEach((key, sub) -> next.put(section + "." + key, sub));
            });
            sections = next;
        }
        return out.toString();
    }

    /** The encoder's {@code dump_sections}: the keys, then the arrays of tables; the sub-tables are returned. */
    private static Dump dump(TomlNode node, String path, boolean rule) {
        StringBuilder keys = new StringBuilder();
        new TreeSet<>(node.values.keySet()).stream().filter(key -> !rule || !key.equals(QUERY))
                .forEach(key -> keys.append(entry(key, node.values.get(key), !UNWRAPPED.contains(key))).append('\n'));
        if (rule && node.values.containsKey(QUERY)) {
            boolean bottom = !node.tables.isEmpty() || !node.arrays.isEmpty();
            keys.append('\n').append(entry(QUERY, node.values.get(QUERY), false)).append(bottom ? "\n\n" : "")
                    .append('\n');
        }
        String prefix = path.isEmpty() ? "" : path + ".";
        StringBuilder arrays = new StringBuilder();
        new TreeSet<>(node.arrays.keySet()).forEach(key -> node.arrays.get(key)
                .forEach(element -> arrays.append(element(prefix + key(key), element))));
        Map<String, TomlNode> tables = new LinkedHashMap<>();
        new TreeSet<>(node.tables.keySet()).forEach(key -> tables.put(key(key), node.tables.get(key)));
        return new Dump(keys.append(arrays).toString(), tables);
    }

    /** One element of an array of tables: header, keys and arrays, a blank line, its sub-tables level by level. */
    private static String element(String path, TomlNode element) {
        StringBuilder out = new StringBuilder(header("[[" + path + "]]", element));
        StringBuilder tail = new StringBuilder("\n");
        Dump dump = dump(element, path, false);
        (dump.text().startsWith("[") ? tail : out).append(dump.text());
        Map<String, TomlNode> pending = dump.tables();
        while (!pending.isEmpty()) {
            Map<String, TomlNode> next = new LinkedHashMap<>();
            pending.forEach((key, table) -> {
                Dump sub = dump(table, path + "." + key, false);
                if (!sub.text().isEmpty() || hasComments(table)) {
                    tail.append(header("[" + path + "." + key + "]", table)).append(sub.text());
                }
                sub.tables().forEach((subKey, subTable) -> next.put(key + "." + subKey, subTable));
            });
            pending = next;
        }
        return out.append(tail).toString();
    }

    private static boolean hasComments(TomlNode table) {
        return !table.comments.isEmpty() || table.trailing != null;
    }

    private static boolean endsWithBlankLine(StringBuilder out) {
        return out.length() >= 2 && out.charAt(out.length() - 1) == '\n' && out.charAt(out.length() - 2) == '\n';
    }

    private static String header(String header, TomlNode table) {
        List<String> lines = new ArrayList<>(table.comments);
        lines.add(table.trailing == null ? header : header + " " + table.trailing);
        return String.join("\n", lines) + "\n";
    }

    private static String entry(String key, TomlNode.Entry entry, boolean wrap) {
        List<String> lines = new ArrayList<>(entry.comments());
        String line = key(key) + " = " + TomlValueLayout.value(entry.raw(), wrap);
        lines.add(entry.trailing() == null ? line : line + " " + entry.trailing());
        return String.join("\n", lines);
    }

    private static String key(String key) {
        return BARE_KEY.matcher(key).matches() ? key : TomlStrings.key(key);
    }
}
