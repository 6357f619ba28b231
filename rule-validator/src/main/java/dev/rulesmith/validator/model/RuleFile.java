package dev.rulesmith.validator.model;

import java.util.List;
import java.util.Optional;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlPosition;
import org.tomlj.TomlTable;

/**
 * One rule file as loaded: its display path (relative to the rules directory, with forward slashes), its source
 * text and its parsed TOML document with the positions of every key.
 */
public record RuleFile(String path, String source, TomlParseResult document) {

    public List<TomlParseError> syntaxErrors() {
        return document.errors();
    }

    /** The value at a path, if every step of the path exists. */
    public Optional<Object> value(KeyPath keyPath) {
        Object current = document;
        for (Object segment : keyPath.segments()) {
            current = step(current, segment);
            if (current == null) {
                return Optional.empty();
            }
        }
        return Optional.of(current);
    }

    public Optional<String> string(String dottedPath) {
        return value(KeyPath.parse(dottedPath)).filter(String.class::isInstance).map(String.class::cast);
    }

    public Optional<TomlArray> array(String dottedPath) {
        return value(KeyPath.parse(dottedPath)).filter(TomlArray.class::isInstance).map(TomlArray.class::cast);
    }

    public Optional<TomlTable> table(String dottedPath) {
        return value(KeyPath.parse(dottedPath)).filter(TomlTable.class::isInstance).map(TomlTable.class::cast);
    }

    /**
     * The position of the key (or array element) a path names; where the path does not exist, the position of its
     * deepest existing ancestor, and the start of the file for the empty path.
     */
    public SourcePosition position(KeyPath keyPath) {
        SourcePosition best = SourcePosition.START;
        Object current = document;
        for (Object segment : keyPath.segments()) {
            SourcePosition here = positionIn(current, segment);
            if (here != null) {
                best = here;
            }
            current = step(current, segment);
            if (current == null) {
                break;
            }
        }
        return best;
    }

    private static Object step(Object container, Object segment) {
        if (container instanceof TomlTable table && segment instanceof String key) {
            return table.get(List.of(key));
        }
        if (container instanceof TomlArray array && segment instanceof Integer index) {
            return index >= 0 && index < array.size() ? array.get(index) : null;
        }
        return null;
    }

    private static SourcePosition positionIn(Object container, Object segment) {
        TomlPosition position = null;
        if (container instanceof TomlTable table && segment instanceof String key && table.contains(List.of(key))) {
            position = table.inputPositionOf(List.of(key));
        } else if (container instanceof TomlArray array && segment instanceof Integer index
                && index >= 0 && index < array.size()) {
            position = array.inputPositionOf(index);
        }
        return position == null ? null : new SourcePosition(position.line(), position.column());
    }
}
