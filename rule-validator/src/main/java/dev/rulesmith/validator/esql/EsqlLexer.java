package dev.rulesmith.validator.esql;

import dev.rulesmith.validator.esql.EsqlToken.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits an ES|QL query into tokens, skipping whitespace, {@code //} line comments and {@code /* *}{@code /} block
 * comments (which nest, as in Elasticsearch's grammar). Never throws: an unterminated string, identifier or comment
 * runs to the end of the query.
 */
public final class EsqlLexer {

    private static final String SEPARATORS = ",|()\"`";

    private final String text;
    private final List<EsqlToken> tokens = new ArrayList<>();
    private int offset;
    private int line = 1;
    private int column = 1;

    private EsqlLexer(String text) {
        this.text = text;
    }

    /** The tokens of {@code query}, in order. */
    public static List<EsqlToken> tokens(String query) {
        EsqlLexer lexer = new EsqlLexer(query);
        lexer.run();
        return List.copyOf(lexer.tokens);
    }

    private void run() {
        while (offset < text.length()) {
            char c = text.charAt(offset);
            if (Character.isWhitespace(c)) {
                advance(1);
            } else if (text.startsWith("//", offset)) {
                lineComment();
            } else if (text.startsWith("/*", offset)) {
                blockComment();
            } else if (c == '"') {
                quoted(Kind.STRING, text.startsWith("\"\"\"", offset) ? "\"\"\"" : "\"");
            } else if (c == '`') {
                quoted(Kind.QUOTED_IDENTIFIER, "`");
            } else if (SEPARATORS.indexOf(c) >= 0) {
                emit(separator(c), 1);
            } else {
                word();
            }
        }
    }

    private static Kind separator(char c) {
        return switch (c) {
            case ',' -> Kind.COMMA;
            case '|' -> Kind.PIPE;
            case '(' -> Kind.OPEN;
            default -> Kind.CLOSE;
        };
    }

    private void lineComment() {
        while (offset < text.length() && text.charAt(offset) != '\n') {
            advance(1);
        }
    }

    private void blockComment() {
        int depth = 0;
        do {
            if (text.startsWith("/*", offset)) {
                depth++;
                advance(2);
            } else if (text.startsWith("*/", offset)) {
                depth--;
                advance(2);
            } else {
                advance(1);
            }
        } while (depth > 0 && offset < text.length());
    }

    /** A string or quoted identifier: a backslash escapes in single-quoted strings, a doubled back-quote in names. */
    private void quoted(Kind kind, String quote) {
        int startLine = line;
        int startColumn = column;
        int start = offset;
        advance(quote.length());
        StringBuilder value = new StringBuilder();
        while (offset < text.length() && !closes(kind, quote)) {
            boolean escape = kind == Kind.STRING && quote.length() == 1 && text.charAt(offset) == '\\';
            if (escape && offset + 1 < text.length()) {
                advance(1);
            } else if (kind == Kind.QUOTED_IDENTIFIER && text.startsWith("``", offset)) {
                advance(1);
            }
            value.append(text.charAt(offset));
            advance(1);
        }
        advance(Math.min(quote.length(), text.length() - offset));
        String written = kind == Kind.STRING ? text.substring(start, offset) : value.toString();
        tokens.add(new EsqlToken(kind, written, startLine, startColumn));
    }

    private boolean closes(Kind kind, String quote) {
        return text.startsWith(quote, offset) && !(kind == Kind.QUOTED_IDENTIFIER && text.startsWith("``", offset));
    }

    private void word() {
        int end = offset;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))
                && SEPARATORS.indexOf(text.charAt(end)) < 0 && !text.startsWith("//", end)
                && !text.startsWith("/*", end)) {
            end++;
        }
        emit(Kind.WORD, end - offset);
    }

    private void emit(Kind kind, int length) {
        tokens.add(new EsqlToken(kind, text.substring(offset, offset + length), line, column));
        advance(length);
    }

    private void advance(int count) {
        for (int i = 0; i < count && offset < text.length(); i++) {
            if (text.charAt(offset++) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
    }
}
