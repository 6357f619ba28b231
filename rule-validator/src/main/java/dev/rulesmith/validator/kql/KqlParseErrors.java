package dev.rulesmith.validator.kql;

import dev.rulesmith.validator.query.QuerySyntaxException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * Reports the first syntax error as a {@link QuerySyntaxException} whose reason says, in plain words, what was
 * expected where ("missing ')'", "expected a value after ':'") instead of ANTLR's token lists.
 */
final class KqlParseErrors extends BaseErrorListener {

    private static final int SHOWN = 40;
    private static final Set<String> KEYWORDS = Set.of("and", "or", "not");

    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int charPositionInLine,
                            String msg, RecognitionException e) {
        Parser parser = (Parser) recognizer;
        Token offending = (Token) offendingSymbol;
        int index = offending.getTokenIndex();
        Token previous = index > 0 ? parser.getTokenStream().get(index - 1) : null;
        IntervalSet expected = e != null && e.getExpectedTokens() != null ? e.getExpectedTokens()
                : parser.getExpectedTokens();
        String reason = reason(offending, previous, expected);
        if (offending.getType() == Token.EOF && reason.startsWith("missing ")) {
            reason += unclosed(parser.getTokenStream(), index, reason.endsWith("')'")).map(open -> " to close the '"
                    + open.getText() + "' at " + open.getLine() + ":" + (open.getCharPositionInLine() + 1)).orElse("");
        }
        throw new QuerySyntaxException(line, charPositionInLine + 1, reason);
    }

    /** The innermost opening bracket of the kind asked for that is still open before token {@code end}. */
    private static Optional<Token> unclosed(TokenStream tokens, int end, boolean parenthesis) {
        int opener = parenthesis ? KqlBaseParser.LEFT_PARENTHESIS : KqlBaseParser.LEFT_CURLY_BRACKET;
        int closer = parenthesis ? KqlBaseParser.RIGHT_PARENTHESIS : KqlBaseParser.RIGHT_CURLY_BRACKET;
        Deque<Token> open = new ArrayDeque<>();
        for (int i = 0; i < end; i++) {
            Token token = tokens.get(i);
            if (token.getType() == opener) {
                open.push(token);
            } else if (token.getType() == closer && !open.isEmpty()) {
                open.pop();
            }
        }
        return Optional.ofNullable(open.peek());
    }

    private static String reason(Token offending, Token previous, IntervalSet expected) {
        String found = describe(offending);
        if (previous != null && previous.getType() == KqlBaseParser.NOT && offending.getType() == KqlBaseParser.NOT) {
            return "'not' cannot follow 'not' directly: write not (not ...)";
        }
        if (previous != null && needsOperand(previous)) {
            return "expected " + operandAfter(previous) + " after '" + previous.getText() + "', found " + found;
        }
        if (offending.getType() == KqlBaseParser.RIGHT_PARENTHESIS && !expected.contains(offending.getType())) {
            return "unexpected ')' without a matching '('";
        }
        if (offending.getType() == KqlBaseParser.RIGHT_CURLY_BRACKET && !expected.contains(offending.getType())) {
            return "unexpected '}' without a matching '{'";
        }
        if (isComparison(offending) && (previous == null || !endsOperand(previous))) {
            return "expected a field name before '" + offending.getText() + "'";
        }
        if (offending.getType() == Token.EOF) {
            return missingCloser(expected).orElse("unexpected end of query");
        }
        return misplaced(offending, expected);
    }

    private static Optional<String> missingCloser(IntervalSet expected) {
        if (expected.contains(KqlBaseParser.RIGHT_PARENTHESIS)) {
            return Optional.of("missing ')'");
        }
        if (expected.contains(KqlBaseParser.RIGHT_CURLY_BRACKET)) {
            return Optional.of("missing '}'");
        }
        return Optional.empty();
    }

    private static String misplaced(Token offending, IntervalSet expected) {
        Optional<String> closer = missingCloser(expected);
        String operators = closer.map(m -> "AND, OR or " + m.substring("missing ".length())).orElse("AND or OR");
        String text = offending.getText();
        if (offending.getType() == KqlBaseParser.UNQUOTED_LITERAL && KEYWORDS.contains(text.toLowerCase(Locale.ROOT))) {
            return "'" + text + "' is read as a word here: an operator needs whitespace on both sides";
        }
        return switch (offending.getType()) {
            case KqlBaseParser.COLON, KqlBaseParser.LEFT_PARENTHESIS, KqlBaseParser.OP_COMPARE ->
                    "unexpected '" + text + "' after a value: " + closer.map(m -> m + " before it, or ").orElse("")
                            + "escape it as \\" + text.charAt(0) + " or quote the value";
            case KqlBaseParser.LEFT_CURLY_BRACKET ->
                    "unexpected '{': a nested query is written field:{ query }, a literal '{' as \\{";
            case KqlBaseParser.QUOTED_STRING, KqlBaseParser.UNQUOTED_LITERAL -> "expected " + operators + " before "
                    + describe(offending) + " (terms are not joined implicitly; escape or quote special characters)";
            case KqlBaseParser.NOT -> "unexpected 'not' after a value: write AND NOT, or escape it as \\not";
            default -> "unexpected " + describe(offending) + ", expected " + operators;
        };
    }

    private static boolean isComparison(Token token) {
        return token.getType() == KqlBaseParser.COLON || token.getType() == KqlBaseParser.OP_COMPARE;
    }

    private static boolean endsOperand(Token token) {
        return token.getType() == KqlBaseParser.UNQUOTED_LITERAL || token.getType() == KqlBaseParser.QUOTED_STRING;
    }

    private static boolean needsOperand(Token previous) {
        return switch (previous.getType()) {
            case KqlBaseParser.COLON, KqlBaseParser.OP_COMPARE, KqlBaseParser.AND, KqlBaseParser.OR,
                    KqlBaseParser.NOT, KqlBaseParser.LEFT_PARENTHESIS, KqlBaseParser.LEFT_CURLY_BRACKET -> true;
            default -> false;
        };
    }

    private static String operandAfter(Token previous) {
        return switch (previous.getType()) {
            case KqlBaseParser.COLON -> "a value";
            case KqlBaseParser.OP_COMPARE -> "a value to compare with";
            default -> "a query";
        };
    }

    private static String describe(Token token) {
        String text = token.getText().length() > SHOWN ? token.getText().substring(0, SHOWN) + "..."
                : token.getText();
        return switch (token.getType()) {
            case Token.EOF -> "the end of the query";
            case KqlBaseParser.QUOTED_STRING -> "the quoted string " + text;
            default -> "'" + text + "'";
        };
    }
}
