package dev.rulesmith.validator.toml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlPosition;
import org.tomlj.TomlTable;

/**
 * A table {@link TomlReader} read, as tomlj's {@link TomlTable} (keys in document order, the position of every key);
 * the document itself is one too. Read-only once the reader is done with it.
 */
final class ReadTable implements TomlParseResult {

    /** How a table came to be, which decides what may still be added to it. */
    enum Origin {
        /** A parent named by a table header; may still get a header of its own. */
        IMPLICIT,
        /** Named by its own table header (or an element of an array of tables, or the document). */
        HEADER,
        /** Made by a dotted key; dotted keys may add to it. */
        DOTTED,
        /** An inline table, or made inside one: closed. */
        INLINE
    }

    private final Map<String, Object> values = new LinkedHashMap<>();
    private final Map<String, TomlPosition> positions = new HashMap<>();
    private Origin origin;

    ReadTable(Origin origin) {
        this.origin = origin;
    }

    Origin origin() {
        return origin;
    }

    /** An implicit table named by its own header at last, which moves its key's position there. */
    void declare(String key, ReadTable child, TomlPosition position) {
        child.origin = Origin.HEADER;
        positions.put(key, position);
    }

    void put(String key, Object value, TomlPosition position) {
        values.put(key, value);
        positions.put(key, position);
    }

    /** Closes this table and every table under it, as an inline table is. */
    void close() {
        origin = Origin.INLINE;
        for (Object value : values.values()) {
            if (value instanceof ReadTable table) {
                table.close();
            }
        }
    }

    Object value(String key) {
        return values.get(key);
    }

    @Override
    public List<TomlParseError> errors() {
        return List.of();
    }

    @Override
    public int size() {
        return values.size();
    }

    @Override
    public boolean isEmpty() {
        return values.isEmpty();
    }

    @Override
    public Set<String> keySet() {
        return Collections.unmodifiableSet(values.keySet());
    }

    @Override
    public Set<List<String>> keyPathSet(boolean includeTables) {
        Set<List<String>> paths = new LinkedHashSet<>();
        for (Map.Entry<List<String>, Object> entry : entryPathSet(includeTables)) {
            paths.add(entry.getKey());
        }
        return paths;
    }

    @Override
    public Set<Map.Entry<String, Object>> entrySet() {
        return Collections.unmodifiableSet(values.entrySet());
    }

    @Override
    public Set<Map.Entry<List<String>, Object>> entryPathSet(boolean includeTables) {
        Set<Map.Entry<List<String>, Object>> entries = new LinkedHashSet<>();
        collect(List.of(), includeTables, entries);
        return entries;
    }

    private void collect(List<String> prefix, boolean includeTables, Set<Map.Entry<List<String>, Object>> out) {
        for (Map.Entry<String, Object> entry : values.entrySet()) {
            List<String> path = new ArrayList<>(prefix);
            path.add(entry.getKey());
            if (entry.getValue() instanceof ReadTable table) {
                if (includeTables) {
                    out.add(Map.entry(List.copyOf(path), table));
                }
                table.collect(path, includeTables, out);
            } else {
                out.add(Map.entry(List.copyOf(path), entry.getValue()));
            }
        }
    }

    @Override
    public Object get(List<String> path) {
        Object current = this;
        for (String key : path) {
            if (!(current instanceof ReadTable table)) {
                return null;
            }
            current = table.values.get(key);
        }
        return current;
    }

    @Override
    public TomlPosition inputPositionOf(List<String> path) {
        if (path.isEmpty()) {
            return TomlPosition.positionAt(1, 1);
        }
        Object parent = get(path.subList(0, path.size() - 1));
        return parent instanceof ReadTable table ? table.positions.get(path.get(path.size() - 1)) : null;
    }

    @Override
    public Map<String, Object> toMap() {
        return new LinkedHashMap<>(values);
    }
}
