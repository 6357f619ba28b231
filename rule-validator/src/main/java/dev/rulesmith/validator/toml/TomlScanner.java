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
        if (lookingAt("\"\"\"")) {
            return multiLine('"');
        }
        if (lookingAt("'''")) {
            return multiLine('\'');
        }
        char quote = peek();
        pos++;
        StringBuilder out = new StringBuilder();
        while (true) {
            char c = peek();
            if (atEnd() || c == '\n' || c == '\r') {
                throw error("unterminated string");
            }
            if (isControl(c)) {
                throw error("control character in a string");
            }
            pos++;
            if (c == quote) {
                return out.toString();
            }
            if (c == '\\' && quote == '"') {
                escape(out);
            } else {
                out.append(c);
            }
        }
    }

    /** A multi-line string; as in tomlj, each line end in it becomes a line feed. */
    private String multiLine(char quote) throws TomlReadException {
        pos += 3;
        newline();
        StringBuilder out = new StringBuilder();
        while (true) {
            if (atEnd()) {
                throw error("unterminated multi-line string");
            }
            char c = peek();
            if (c == quote) {
                int run = 0;
                while (pos + run < text.length() && text.charAt(pos + run) == quote) {
                    run++;
                }
                if (run >= 3) {
                    if (run > 5) {
                        throw error("too many quotes at the end of a multi-line string");
                    }
                    out.append(String.valueOf(quote).repeat(run - 3));
                    pos += run;
                    return out.toString();
                }
                out.append(String.valueOf(quote).repeat(run));
                pos += run;
            } else if (c == '\n' || c == '\r') {
                if (!newline()) {
                    throw error("carriage return without a line feed");
                }
                out.append('\n');
            } else if (c == '\\' && quote == '"') {
                pos++;
                if (!lineEndingBackslash()) {
                    escape(out);
                }
            } else if (isControl(c)) {
                throw error("control character in a string");
            } else {
                out.append(c);
                pos++;
            }
        }
    }

    /** After a backslash: whitespace to the line end, then every whitespace and line end after it, is dropped. */
    private boolean lineEndingBackslash() throws TomlReadException {
        int start = pos;
        skipWhitespace();
        if (!newline()) {
            pos = start;
            return false;
        }
        do {
            skipWhitespace();
        } while (newline());
        return true;
    }

    /** An escape sequence, the cursor after its backslash. */
    private void escape(StringBuilder out) throws TomlReadException {
        int start = pos - 1;
        char c = peek();
        pos++;
        try {
            escaped(c, out);
        } catch (TomlReadException e) {
            pos = start;
            throw error(e.reason());
        }
    }

    private void escaped(char c, StringBuilder out) throws TomlReadException {
        switch (c) {
            case 'b' -> out.append('\b');
            case 't' -> out.append('\t');
            case 'n' -> out.append('\n');
            case 'f' -> out.append('\f');
            case 'r' -> out.append('\r');
            case '"' -> out.append('"');
            case '\\' -> out.append('\\');
            case 'u' -> out.appendCodePoint(unicode(4));
            case 'U' -> out.appendCodePoint(unicode(8));
            default -> throw error("invalid escape sequence \\" + c);
        }
    }

    private int unicode(int digits) throws TomlReadException {
        int value = 0;
        for (int i = 0; i < digits; i++) {
            int digit = Character.digit(peek(), 16);
            if (digit < 0) {
                throw error("expected " + digits + " hexadecimal digits");
            }
            value = value * 16 + digit;
            pos++;
        }
        if (value > Character.MAX_CODE_POINT || value >= 0xD800 && value <= 0xDFFF) {
            throw error("not a Unicode scalar value: " + Integer.toHexString(value));
        }
        return value;
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

    private static boolean isControl(char c) {
        return c < 0x20 && c != '\t' || c == 0x7f;
    }
}
