package dev.rulesmith.validator.kql;

import dev.rulesmith.validator.query.QuerySyntaxException;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.WritableToken;

/**
 * Lexes a query and decides, as Kibana's grammar does from the whitespace around them, which AND, OR and NOT tokens
 * are operators and which are plain words of a value or field name.
 * <ul>
 *   <li>AND / OR is an operator only between an operand and something more, with whitespace on both sides
 *       ({@code a and b}); otherwise it is a word ({@code and:x}, {@code foo and}, {@code f:(or)}).</li>
 *   <li>NOT is an operator when whitespace or {@code (} follows it ({@code not a}, {@code NOT(a)}); otherwise it is
 *       a word ({@code not:x}, {@code foo not}, {@code f:(not)}).</li>
 * </ul>
 * Trailing whitespace never matters (the query is read as trimmed, as Elasticsearch does).
 */
final class KqlTokens {

    private KqlTokens() {
    }

    static TokenSource lex(String query) {
        KqlBaseLexer lexer = new KqlBaseLexer(CharStreams.fromString(query));
        lexer.removeErrorListeners();
        lexer.addErrorListener(new LexerErrors(query, lexer));
        List<Token> tokens = new ArrayList<>(lexer.getAllTokens());
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            Token previous = i == 0 ? null : tokens.get(i - 1);
            Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            if (isWord(token, previous, next)) {
                ((WritableToken) token).setType(KqlBaseLexer.UNQUOTED_LITERAL);
            }
        }
        return new ListTokenSource(tokens);
    }

    private static boolean isWord(Token token, Token previous, Token next) {
        return switch (token.getType()) {
            case KqlBaseLexer.AND, KqlBaseLexer.OR -> previous == null || !endsOperand(previous)
                    || adjacent(previous, token) || next == null || adjacent(token, next);
            case KqlBaseLexer.NOT -> next == null
                    || adjacent(token, next) && next.getType() != KqlBaseLexer.LEFT_PARENTHESIS;
            default -> false;
        };
    }

    private static boolean endsOperand(Token token) {
        return switch (token.getType()) {
            case KqlBaseLexer.UNQUOTED_LITERAL, KqlBaseLexer.QUOTED_STRING, KqlBaseLexer.RIGHT_PARENTHESIS,
                    KqlBaseLexer.RIGHT_CURLY_BRACKET -> true;
            default -> false;
        };
    }

    private static boolean adjacent(Token left, Token right) {
        return left.getStopIndex() + 1 == right.getStartIndex();
    }

    /** Turns ANTLR's "token recognition error" into a reason a person can act on. */
    private static final class LexerErrors extends BaseErrorListener {

        private final String query;
        private final KqlBaseLexer lexer;

        LexerErrors(String query, KqlBaseLexer lexer) {
            this.query = query;
            this.lexer = lexer;
        }

        @Override
        public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int charPositionInLine,
                                String msg, RecognitionException e) {
            int offset = lexer._tokenStartCharIndex;
            throw new QuerySyntaxException(line, charPositionInLine + 1, reason(offset));
        }

        private String reason(int offset) {
            char c = query.charAt(offset);
            if (c == '"') {
                return "missing closing '\"' of the quoted string";
            }
            if (c == '\\') {
                String escape = offset + 1 < query.length() ? query.substring(offset, offset + 2) : "\\";
                return "invalid escape '" + escape + "' in an unquoted value: escape only \\( \\) \\: \\< \\> \\\" "
                        + "\\* \\{ \\} \\\\ \\t \\n \\r \\uXXXX \\and \\or \\not, or quote the value";
            }
            return "unexpected character '" + c + "'";
        }
    }
}
