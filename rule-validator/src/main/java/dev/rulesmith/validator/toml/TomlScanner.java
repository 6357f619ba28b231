package dev.rulesmith.validator.toml;

import java.util.ArrayList;
import java.util.List;
import org.tomlj.TomlPosition;

/**
 * A cursor over TOML source text: whitespace, comments and line ends, keys and the four kinds of strings, with the
 * line and column (1-based, in code points as tomlj counts them) of the current character.
 */
final class TomlScanner {

    private final String text;
    private int pos;
    private int line = 1;
    private int lineStart;

    TomlScanner(String text) {
        this.text = text;
    }

    boolean atEnd() {
        return pos >= text.length();
    }

    /** The current character, or {@code '\0'} at the end (a NUL in the text is refused where it matters). */
    char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    boolean lookingAt(String prefix) {
        return text.startsWith(prefix, pos);
    }

    void skip(int count) {
        pos += count;
    }

    void expect(String token) throws TomlReadException {
        if (!lookingAt(token)) {
            throw error("expected " + token);
        }
        pos += token.length();
    }

    TomlPosition position() {
        return TomlPosition.positionAt(line, text.codePointCount(lineStart, pos) + 1);
    }

    TomlReadException error(String reason) {
        return new TomlReadException(reason, line, text.codePointCount(lineStart, Math.min(pos, text.length())) + 1);
    }

    void skipWhitespace() {
        while (pos < text.length() && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t')) {
            pos++;
        }
    }

    /** Consumes one line end ({@code \n} or {@code \r\n}) if there is one here. */
    boolean newline() {
        int length = lookingAt("\n") ? 1 : lookingAt("\r\n") ? 2 : 0;
        if (length == 0) {
            return false;
        }
        pos += length;
        line++;
        lineStart = pos;
        return true;
    }

    void skipComment() throws TomlReadException {
        if (peek() != '#') {
            return;
        }
        while (!atEnd() && peek() != '\n' && !lookingAt("\r\n")) {
            if (isControl(peek())) {
                throw error("control character in a comment");
            }
            pos++;
        }
    }

    /** Whitespace, an optional comment, then a line end or the end of the text. */
    void endOfLine() throws TomlReadException {
        skipWhitespace();
        skipComment();
        if (!atEnd() && !newline()) {
            throw error("expected the end of the line");
        }
    }

    /** Whitespace, comments and line ends, as allowed between array elements. */
    void skipBlank() throws TomlReadException {
        do {
            skipWhitespace();
            skipComment();
        } while (newline());
    }

    /** A key: simple keys joined by dots, whitespace around each. */
    List<String> key() throws TomlReadException {
        List<String> parts = new ArrayList<>(2);
        do {
            skipWhitespace();
            parts.add(simpleKey());
            skipWhitespace();
        } while (peek() == '.' && ++pos > 0);
        return parts;
    }

    private String simpleKey() throws TomlReadException {
        if (lookingAt("\"\"\"") || lookingAt("'''")) {
            throw error("a key cannot be a multi-line string");
        }
        if (peek() == '"' || peek() == '\'') {
            return string();
        }
        int start = pos;
        while (pos < text.length() && isBareKeyChar(text.charAt(pos))) {
            pos++;
        }
        if (start == pos) {
            throw error("expected a key");
        }
        return text.substring(start, pos);
    }

    /** A string of any of the four kinds, the cursor at its opening quote. */
    String string() throws TomlReadException {
        return TomlStrings.read(this);
    }

    /** The character {@code offset} places after the current one, or {@code '\0'} past the end. */
    char peek(int offset) {
        return pos + offset < text.length() ? text.charAt(pos + offset) : '\0';
    }

    /** Where the cursor is, to come back to on the same line. */
    int mark() {
        return pos;
    }

    void reset(int mark) {
        pos = mark;
    }

    /** The longest run of characters a number, boolean or date can hold, with a date's space before its time. */
    String bareValue() {
        int start = pos;
        while (pos < text.length() && isValueChar(text.charAt(pos))) {
            pos++;
            if (pos - start == 10 && text.charAt(start + 4) == '-' && peek() == ' ' && pos + 3 < text.length()
                    && Character.isDigit(text.charAt(pos + 1)) && text.charAt(pos + 3) == ':') {
                pos++;
            }
        }
        return text.substring(start, pos);
    }

    private static boolean isBareKeyChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-';
    }

    private static boolean isValueChar(char c) {
        return isBareKeyChar(c) || c == '+' || c == '.' || c == ':';
    }

    static boolean isControl(char c) {
        return c < 0x20 && c != '\t' || c == 0x7f;
    }
}
