package dev.rulesmith.authoring.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One table of a TOML document as the comment-preserving reader builds it: its key/value entries (raw value text
 * plus their comments), its sub-tables and arrays of tables, and the comments attached to its header. Mutable only
 * while {@link TomlReader} builds it.
 */
final class TomlNode {

    /** A key's value as written, with the comment lines before it and the comment on its line. */
    record Entry(String raw, List<String> comments, String trailing) {
    }

    final List<String> comments = new ArrayList<>();
    String trailing;
    final Map<String, Entry> values = new LinkedHashMap<>();
    final Map<String, TomlNode> tables = new LinkedHashMap<>();
    final Map<String, List<TomlNode>> arrays = new LinkedHashMap<>();

    /** The table at {@code path} below this one (the last element of an array of tables on the way). */
    TomlNode table(List<String> path) {
        TomlNode node = this;
        for (String part : path) {
            List<TomlNode> array = node.arrays.get(part);
            node = array != null ? array.get(array.size() - 1) : node.tables.computeIfAbsent(part, k -> new TomlNode());
        }
        return node;
    }

    /** Appends a new element to the array of tables at {@code path} and returns it. */
    TomlNode appendElement(List<String> path) {
        TomlNode parent = table(path.subList(0, path.size() - 1));
        TomlNode element = new TomlNode();
        parent.arrays.computeIfAbsent(path.get(path.size() - 1), k -> new ArrayList<>()).add(element);
        return element;
    }
}
