package dev.rulesmith.validator.toml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.tomlj.TomlArray;
import org.tomlj.TomlPosition;

/**
 * An array {@link TomlReader} read, as tomlj's {@link TomlArray}, with the position of every element; either an array
 * value or an array of tables ({@code [[name]]}), to which only headers add. Read-only once the reader is done.
 */
final class ReadArray implements TomlArray {

    private static final String HETEROGENEOUS = "TOML 1.0 arrays may mix types: test the elements instead";

    private final List<Object> values = new ArrayList<>();
    private final List<TomlPosition> positions = new ArrayList<>();
    private final boolean ofTables;

    ReadArray(boolean ofTables) {
        this.ofTables = ofTables;
    }

    boolean ofTables() {
        return ofTables;
    }

    void add(Object value, TomlPosition position) {
        values.add(value);
        positions.add(position);
    }

    ReadTable last() {
        return (ReadTable) values.get(values.size() - 1);
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
    public Object get(int index) {
        return values.get(index);
    }

    @Override
    public TomlPosition inputPositionOf(int index) {
        return positions.get(index);
    }

    @Override
    public List<Object> toList() {
        return Collections.unmodifiableList(values);
    }

    @Override
    public boolean containsStrings() {
        throw new UnsupportedOperationException(HETEROGENEOUS);
    }

    @Override
    public boolean containsLongs() {
        throw new UnsupportedOperationException(HETEROGENEOUS);
    }

    @Override
    public boolean containsDoubles() {
        throw new UnsupportedOperationException(HETEROGENEOUS);
    }

    @Override
    public boolean containsBooleans() {
        throw new UnsupportedOperationException(HETEROGENEOUS);
    }

    @Override
    public boolean containsOffsetDateTimes() {
        throw new UnsupportedOperationException(HETEROGENEOUS);
    }

    @Override
    public boolean containsLocalDateTimes() {
        throw new UnsupportedOperationException(HETEROGENEOUS);
    }

    @Override
    public boolean containsLocalDates() {
        throw new UnsupportedOperationException(HETEROGENEOUS);
    }

    @Override
    public boolean containsLocalTimes() {
        throw new UnsupportedOperationException(HETEROGENEOUS);
    }

    @Override
    public boolean containsArrays() {
        throw new UnsupportedOperationException(HETEROGENEOUS);
    }

    @Override
    public boolean containsTables() {
        throw new UnsupportedOperationException(HETEROGENEOUS);
    }
}
