package dev.rulesmith.validator.toml;

/**
 * TOML's four kinds of strings (basic, literal, and their multi-line forms) read through a {@link TomlScanner}:
 * escapes, the line-ending backslash, and the first line end after the opening quotes dropped.
 */
final class TomlStrings {

    private final TomlScanner scanner;

    private TomlStrings(TomlScanner scanner) {
        this.scanner = scanner;
    }

    /** A string of any of the four kinds, the cursor at its opening quote. */
    static String read(TomlScanner scanner) throws TomlReadException {
        return new TomlStrings(scanner).string();
    }

    private String string() throws TomlReadException {
        if (scanner.lookingAt("\"\"\"")) {
            return multiLine('"');
        }
        if (scanner.lookingAt("'''")) {
            return multiLine('\'');
        }
        char quote = scanner.peek();
        scanner.skip(1);
        StringBuilder out = new StringBuilder();
        while (true) {
            char c = scanner.peek();
            if (scanner.atEnd() || c == '\n' || c == '\r') {
                throw scanner.error("unterminated string");
            }
            if (TomlScanner.isControl(c)) {
                throw scanner.error("control character in a string");
            }
            scanner.skip(1);
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
        scanner.skip(3);
        scanner.newline();
        StringBuilder out = new StringBuilder();
        while (true) {
            if (scanner.atEnd()) {
                throw scanner.error("unterminated multi-line string");
            }
            char c = scanner.peek();
            if (c == quote) {
                int run = 0;
                while (scanner.peek(run) == quote) {
                    run++;
                }
                if (run >= 3) {
                    if (run > 5) {
                        throw scanner.error("too many quotes at the end of a multi-line string");
                    }
                    out.append(String.valueOf(quote).repeat(run - 3));
                    scanner.skip(run);
                    return out.toString();
                }
                out.append(String.valueOf(quote).repeat(run));
                scanner.skip(run);
            } else if (c == '\n' || c == '\r') {
                if (!scanner.newline()) {
                    throw scanner.error("carriage return without a line feed");
                }
                out.append('\n');
            } else if (c == '\\' && quote == '"') {
                scanner.skip(1);
                if (!lineEndingBackslash()) {
                    escape(out);
                }
            } else if (TomlScanner.isControl(c)) {
                throw scanner.error("control character in a string");
            } else {
                out.append(c);
                scanner.skip(1);
            }
        }
    }

    /** After a backslash: whitespace to the line end, then every whitespace and line end after it, is dropped. */
    private boolean lineEndingBackslash() throws TomlReadException {
        int start = scanner.mark();
        scanner.skipWhitespace();
        if (!scanner.newline()) {
            scanner.reset(start);
            return false;
        }
        do {
            scanner.skipWhitespace();
        } while (scanner.newline());
        return true;
    }

    /** An escape sequence, the cursor after its backslash. */
    private void escape(StringBuilder out) throws TomlReadException {
        int start = scanner.mark() - 1;
        char c = scanner.peek();
        scanner.skip(1);
        try {
            escaped(c, out);
        } catch (TomlReadException e) {
            scanner.reset(start);
            throw scanner.error(e.reason());
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
            default -> throw scanner.error("invalid escape sequence \\" + c);
        }
    }

    private int unicode(int digits) throws TomlReadException {
        int value = 0;
        for (int i = 0; i < digits; i++) {
            int digit = Character.digit(scanner.peek(), 16);
            if (digit < 0) {
                throw scanner.error("expected " + digits + " hexadecimal digits");
            }
            value = value * 16 + digit;
            scanner.skip(1);
        }
        if (value > Character.MAX_CODE_POINT || value >= 0xD800 && value <= 0xDFFF) {
            throw scanner.error("not a Unicode scalar value: " + Integer.toHexString(value));
        }
        return value;
    }
}
