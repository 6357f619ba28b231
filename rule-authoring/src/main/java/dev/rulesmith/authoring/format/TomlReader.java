package dev.rulesmith.authoring.format;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads TOML source (already accepted by tomlj) into a {@link TomlNode} tree that keeps every comment: comment lines
 * attach to the key or table header that follows them, a comment after a value or header to that key or table, and
 * comments after the last key to the end of the document. Values stay raw text, except that a non-empty inline table
 * becomes a sub-table; blank lines are dropped.
 */
final class TomlReader {

    /** The document: its root table and the comments after everything else. */
    record Document(TomlNode root, List<String> endComments) {
    }

    private final String s;
    private final TomlNode root = new TomlNode();
    private final List<String> pending = new ArrayList<>();
    private TomlNode current = root;

    private TomlReader(String source) {
        this.s = source;
    }

    static Document read(String source) {
        TomlReader reader = new TomlReader(source);
        reader.readAll();
        return new Document(reader.root, List.copyOf(reader.pending));
    }

    private void readAll() {
        int i = 0;
        while (true) {
            i = TomlText.skipBlanks(s, i);
            if (i >= s.length()) {
                return;
            }
            char c = s.charAt(i);
            if (c == '\r' || c == '\n') {
                i++;
            } else if (c == '#') {
                int end = TomlText.lineEnd(s, i);
                pending.add(s.substring(i, end).stripTrailing());
                i = end;
            } else if (c == '[') {
                i = header(i);
            } else {
                i = keyValue(i);
            }
        }
    }

    private int header(int start) {
        boolean array = s.startsWith("[[", start);
        int keyStart = start + (array ? 2 : 1);
        int keyEnd = TomlText.keyEnd(s, keyStart, ']');
        List<String> path = TomlText.keyParts(s.substring(keyStart, keyEnd));
        current = array ? root.appendElement(path) : root.table(path);
        current.comments.addAll(pending);
        pending.clear();
        int after = keyEnd + (array ? 2 : 1);
        current.trailing = trailingComment(after);
        return TomlText.lineEnd(s, after);
    }

    private int keyValue(int start) {
        int equals = TomlText.keyEnd(s, start, '=');
        int valueStart = TomlText.skipBlanks(s, equals + 1);
        int valueEnd = TomlText.valueEnd(s, valueStart);
        put(current, s.substring(start, equals), s.substring(valueStart, valueEnd), List.copyOf(pending),
                trailingComment(valueEnd));
        pending.clear();
        return TomlText.lineEnd(s, valueEnd);
    }

    /**
     * Puts a key's raw value into {@code table}. A non-empty inline table becomes a sub-table (its comments on its
     * header), as toml-lint writes every table, inline or not, as a {@code [section]}.
     */
    private static void put(TomlNode table, String key, String raw, List<String> comments, String trailing) {
        List<String> path = TomlText.keyParts(key);
        TomlNode target = table.table(path.subList(0, path.size() - 1));
        String name = path.get(path.size() - 1);
        List<TomlText.KeyValue> items = raw.startsWith("{") ? TomlText.inlineTableItems(raw) : List.of();
        if (items.isEmpty()) {
            target.values.put(name, new TomlNode.Entry(raw, comments, trailing));
            return;
        }
        TomlNode sub = target.table(List.of(name));
        sub.comments.addAll(comments);
        sub.trailing = trailing;
        items.forEach(item -> put(sub, item.key(), item.value(), List.of(), null));
    }

    private String trailingComment(int from) {
        int i = TomlText.skipBlanks(s, from);
        if (i < s.length() && s.charAt(i) == '#') {
            return s.substring(i, TomlText.lineEnd(s, i)).stripTrailing();
        }
        return null;
    }
}
