package dev.rulesmith.validator.query;

import dev.rulesmith.validator.model.SourcePosition;

/**
 * A query's text and where its first character sits in the rule file, so that a line:column inside the query maps
 * back to the TOML file.
 */
public record QueryText(String text, SourcePosition start) {

    /**
     * Locates the value of the string key at {@code keyPosition} in {@code source}: the first character after its
     * opening quote (after the newline that TOML trims when a multi-line string starts with one).
     */
    public static QueryText locate(String text, String source, SourcePosition keyPosition) {
        int offset = offsetOf(source, keyPosition);
        int equals = source.indexOf('=', offset);
        int open = equals < 0 ? -1 : firstQuote(source, equals + 1);
        if (open < 0) {
            return new QueryText(text, keyPosition);
        }
        char quote = source.charAt(open);
        boolean triple = source.startsWith(String.valueOf(quote).repeat(3), open);
        int content = open + (triple ? 3 : 1);
        if (triple && source.startsWith("\r\n", content)) {
            content += 2;
        } else if (triple && source.startsWith("\n", content)) {
            content += 1;
        }
        return new QueryText(text, positionOf(source, content));
    }

    /** The file position of a 1-based line and column inside the query text. */
    public SourcePosition toSource(int line, int column) {
        return line <= 1 ? new SourcePosition(start.line(), start.column() + Math.max(column, 1) - 1)
                : new SourcePosition(start.line() + line - 1, Math.max(column, 1));
    }

    private static int firstQuote(String source, int from) {
        for (int i = from; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '"' || c == '\'') {
                return i;
            }
            if (c != ' ' && c != '\t') {
                return -1;
            }
        }
        return -1;
    }

    private static int offsetOf(String source, SourcePosition position) {
        int line = 1;
        int i = 0;
        while (line < position.line() && i < source.length()) {
            if (source.charAt(i++) == '\n') {
                line++;
            }
        }
        return Math.min(source.length(), i + position.column() - 1);
    }

    private static SourcePosition positionOf(String source, int offset) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < offset && i < source.length(); i++) {
            if (source.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new SourcePosition(line, column);
    }
}
