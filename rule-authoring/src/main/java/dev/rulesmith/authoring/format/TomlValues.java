package dev.rulesmith.authoring.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tomlj.TomlArray;
import org.tomlj.TomlTable;

/** A parsed TOML document as plain sorted maps, lists and scalars, so that two documents' values can be compared. */
public final class TomlValues {

    private TomlValues() {
    }

    /** The values of {@code table}, key order ignored. */
    public static Map<String, Object> of(TomlTable table) {
        Map<String, Object> map = new TreeMap<>();
        for (String key : table.keySet()) {
            map.put(key, plain(table.get(List.of(key))));
        }
        return map;
    }

    private static Object plain(Object value) {
        if (value instanceof TomlTable table) {
            return of(table);
        }
        if (value instanceof TomlArray array) {
            List<Object> list = new ArrayList<>(array.size());
            for (int i = 0; i < array.size(); i++) {
                list.add(plain(array.get(i)));
            }
            return list;
        }
        return value;
    }
}
