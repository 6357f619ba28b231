package dev.rulesmith.validator.toml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlTable;

/** Compares what {@link TomlReader} reads with what tomlj parses: keys in order, values, types and positions. */
final class TomljOracle {

    private TomljOracle() {
    }

    static void assertSameAsTomlj(String name, String source) throws TomlReadException {
        TomlParseResult expected = Toml.parse(source);
        assertTrue(expected.errors().isEmpty(), () -> name + ": tomlj refuses it: " + expected.errors());
        compare(name, expected, TomlReader.read(source));
    }

    private static void compare(String where, Object expected, Object actual) {
        if (expected instanceof TomlTable table) {
            assertTrue(actual instanceof TomlTable, () -> where + ": not a table: " + actual);
            compareTables(where, table, (TomlTable) actual);
        } else if (expected instanceof TomlArray array) {
            assertTrue(actual instanceof TomlArray, () -> where + ": not an array: " + actual);
            compareArrays(where, array, (TomlArray) actual);
        } else {
            assertEquals(expected.getClass(), actual.getClass(), where);
            assertEquals(expected, actual, where);
        }
    }

    private static void compareTables(String where, TomlTable expected, TomlTable actual) {
        assertEquals(new ArrayList<>(expected.keySet()), new ArrayList<>(actual.keySet()), where + ": keys");
        for (String key : expected.keySet()) {
            List<String> path = List.of(key);
            String here = where + "." + key;
            assertEquals(expected.inputPositionOf(path), actual.inputPositionOf(path), here + ": position");
            compare(here, expected.get(path), actual.get(path));
        }
    }

    private static void compareArrays(String where, TomlArray expected, TomlArray actual) {
        assertEquals(expected.size(), actual.size(), where + ": size");
        for (int i = 0; i < expected.size(); i++) {
            String here = where + "[" + i + "]";
            assertEquals(expected.inputPositionOf(i), actual.inputPositionOf(i), here + ": position");
            compare(here, expected.get(i), actual.get(i));
        }
    }
}
