package dev.rulesmith.validator.toml;

import dev.rulesmith.validator.toml.ReadTable.Origin;
import java.util.List;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlPosition;

/**
 * A TOML 1.0 reader giving tomlj's value model ({@link org.tomlj.TomlTable}, {@link org.tomlj.TomlArray}, strings,
 * longs, doubles, booleans and {@code java.time} values) with the same key and element positions as tomlj, several
 * times faster. It stops at the first error; {@code Toml.parse} remains the way to list every error of a bad document.
 */
public final class TomlReader {

    private final TomlScanner scanner;
    private final ReadTable root = new ReadTable(Origin.HEADER);

    private TomlReader(String source) {
        this.scanner = new TomlScanner(source);
    }

    /** Reads a whole document. */
    public static TomlParseResult read(String source) throws TomlReadException {
        TomlReader reader = new TomlReader(source);
        reader.document();
        return reader.root;
    }

    private void document() throws TomlReadException {
        ReadTable current = root;
        while (!scanner.atEnd()) {
            scanner.skipWhitespace();
            if (scanner.peek() == '[') {
                current = header();
            } else if (scanner.peek() != '#' && scanner.peek() != '\n' && !scanner.lookingAt("\r\n")
                    && !scanner.atEnd()) {
                keyValue(current);
            }
            scanner.endOfLine();
        }
    }

    private ReadTable header() throws TomlReadException {
        TomlPosition position = scanner.position();
        boolean arrayOfTables = scanner.lookingAt("[[");
        scanner.skip(arrayOfTables ? 2 : 1);
        List<String> key = scanner.key();
        scanner.expect(arrayOfTables ? "]]" : "]");
        ReadTable parent = root;
        for (String step : key.subList(0, key.size() - 1)) {
            parent = descend(parent, step, position);
        }
        String last = key.get(key.size() - 1);
        Object existing = parent.value(last);
        if (arrayOfTables) {
            return appendTable(parent, last, existing, position);
        }
        if (existing == null) {
            ReadTable table = new ReadTable(Origin.HEADER);
            parent.put(last, table, position);
            return table;
        }
        if (existing instanceof ReadTable table && table.origin() == Origin.IMPLICIT) {
            parent.declare(last, table, position);
            return table;
        }
        throw duplicate(key, position);
    }

    private ReadTable appendTable(ReadTable parent, String key, Object existing, TomlPosition position)
            throws TomlReadException {
        ReadArray array;
        if (existing == null) {
            array = new ReadArray(true);
            parent.put(key, array, position);
        } else if (existing instanceof ReadArray tables && tables.ofTables()) {
            array = tables;
        } else {
            throw duplicate(List.of(key), position);
        }
        ReadTable table = new ReadTable(Origin.HEADER);
        array.add(table, position);
        return table;
    }

    /** The table a header's inner key names, made if missing; the last table of an array of tables. */
    private ReadTable descend(ReadTable parent, String key, TomlPosition position) throws TomlReadException {
        Object existing = parent.value(key);
        if (existing == null) {
            ReadTable table = new ReadTable(Origin.IMPLICIT);
            parent.put(key, table, position);
            return table;
        }
        if (existing instanceof ReadTable table && table.origin() != Origin.INLINE) {
            return table;
        }
        if (existing instanceof ReadArray array && array.ofTables()) {
            return array.last();
        }
        throw error(key + " is not a table that can be extended", position);
    }

    /** {@code key = value}, a dotted key making (or adding to) tables on its way. */
    private void keyValue(ReadTable table) throws TomlReadException {
        TomlPosition position = scanner.position();
        List<String> key = scanner.key();
        scanner.expect("=");
        scanner.skipWhitespace();
        Object value = value();
        ReadTable parent = table;
        for (String step : key.subList(0, key.size() - 1)) {
            Object existing = parent.value(step);
            if (existing == null) {
                ReadTable child = new ReadTable(Origin.DOTTED);
                parent.put(step, child, position);
                parent = child;
            } else if (existing instanceof ReadTable child && child.origin() == Origin.DOTTED) {
                parent = child;
            } else {
                throw duplicate(key, position);
            }
        }
        String last = key.get(key.size() - 1);
        if (parent.value(last) != null) {
            throw duplicate(key, position);
        }
        parent.put(last, value, position);
    }

    private Object value() throws TomlReadException {
        char c = scanner.peek();
        if (c == '"' || c == '\'') {
            return scanner.string();
        }
        if (c == '[') {
            return array();
        }
        if (c == '{') {
            return inlineTable();
        }
        TomlPosition start = scanner.position();
        String token = scanner.bareValue();
        Object value = TomlScalars.parse(token);
        if (value == null) {
            throw error(token.isEmpty() ? "expected a value" : "not a TOML value: " + token, start);
        }
        return value;
    }

    /** An array value; as in tomlj, an element's position is where the first line end or value after its comma is. */
    private ReadArray array() throws TomlReadException {
        scanner.skip(1);
        ReadArray array = new ReadArray(false);
        while (true) {
            scanner.skipWhitespace();
            scanner.skipComment();
            TomlPosition position = scanner.position();
            scanner.skipBlank();
            if (scanner.peek() == ']') {
                scanner.skip(1);
                return array;
            }
            array.add(value(), position);
            scanner.skipBlank();
            if (scanner.peek() == ',') {
                scanner.skip(1);
            } else if (scanner.peek() != ']') {
                throw scanner.error("expected , or ] in an array");
            }
        }
    }

    private ReadTable inlineTable() throws TomlReadException {
        scanner.skip(1);
        ReadTable table = new ReadTable(Origin.HEADER);
        scanner.skipWhitespace();
        if (scanner.peek() == '}') {
            scanner.skip(1);
            table.close();
            return table;
        }
        while (true) {
            keyValue(table);
            scanner.skipWhitespace();
            if (scanner.peek() == '}') {
                scanner.skip(1);
                table.close();
                return table;
            }
            scanner.expect(",");
            scanner.skipWhitespace();
        }
    }

    private static TomlReadException duplicate(List<String> key, TomlPosition position) {
        return error(String.join(".", key) + " is defined twice", position);
    }

    private static TomlReadException error(String reason, TomlPosition position) {
        return new TomlReadException(reason, position.line(), position.column());
    }
}
