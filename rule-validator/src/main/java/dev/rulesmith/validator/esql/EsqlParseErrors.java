package dev.rulesmith.validator.esql;

import dev.rulesmith.validator.query.QuerySyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * Reports the first lexer or parser error as a {@link QuerySyntaxException} whose reason names, in plain words,
 * what was found and what could come there.
 */
final class EsqlParseErrors extends BaseErrorListener {

    private static final int LISTED = 6;
    private static final String RECOGNITION = "token recognition error at: '";
    private static final Map<Integer, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry(EsqlBaseLexer.STRING, "a string"), Map.entry(EsqlBaseLexer.TRIPLE_STRING, "a string"),
            Map.entry(EsqlBaseLexer.INTEGER, "an integer"), Map.entry(EsqlBaseLexer.DECIMAL, "a number"),
            Map.entry(EsqlBaseLexer.UNQUOTED_IDENTIFIER, "a name"), Map.entry(EsqlBaseLexer.QUOTED_IDENTIFIER,
                    "a name"), Map.entry(EsqlBaseLexer.SOURCE_NAME, "an index pattern"),
            Map.entry(EsqlBaseLexer.NAME_PATTERN, "a column name"), Map.entry(EsqlBaseLexer.PIPE, "'|'"),
            Map.entry(EsqlBaseLexer.NAMED_PARAM, "a parameter"), Map.entry(EsqlBaseLexer.PARAM, "a parameter"),
            Map.entry(EsqlBaseLexer.OPAQUE, "an argument"), Map.entry(Token.EOF, "the end of the query"));

    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int charPositionInLine,
                            String msg, RecognitionException e) {
        String reason = recognizer instanceof Lexer ? lexical(msg)
                : syntactic((Parser) recognizer, (Token) offendingSymbol, e);
        throw new QuerySyntaxException(line, charPositionInLine + 1, reason);
    }

    private static String lexical(String msg) {
        if (!msg.startsWith(RECOGNITION)) {
            return msg;
        }
        String text = msg.substring(RECOGNITION.length(), msg.length() - 1);
        if (text.startsWith("\"") && text.contains("\\")) {
            return "invalid escape in string: only \\t, \\n, \\r, \\\" and \\\\ are allowed (or use \"\"\"...\"\"\")";
        }
        if (text.startsWith("\"")) {
            return "string is never closed (a \"...\" string ends on its line; use \"\"\"...\"\"\" across lines)";
        }
        if (text.startsWith("`")) {
            return "quoted name is never closed by '`'";
        }
        return "unexpected character '" + text.charAt(0) + "'";
    }

    private static String syntactic(Parser parser, Token offending, RecognitionException e) {
        IntervalSet expected = e != null && e.getExpectedTokens() != null ? e.getExpectedTokens()
                : parser.getExpectedTokens();
        int index = offending.getTokenIndex();
        Token previous = previousVisible(parser, index);
        if (offending.getType() == Token.EOF && previous != null && previous.getType() == EsqlBaseLexer.PIPE) {
            return "expected a command after '|'";
        }
        if (offending.getType() == Token.EOF && previous == null) {
            return "the query is empty; it starts with a source command such as FROM";
        }
        String found = offending.getType() == Token.EOF ? "unexpected end of query"
                : "unexpected '" + offending.getText() + "'";
        List<String> names = describe(parser, expected);
        return names.isEmpty() || names.size() > LISTED ? found : found + ", expected " + String.join(" or ", names);
    }

    private static Token previousVisible(Parser parser, int index) {
        for (int i = index - 1; i >= 0; i--) {
            Token token = parser.getTokenStream().get(i);
            if (token.getChannel() == Token.DEFAULT_CHANNEL) {
                return token;
            }
        }
        return null;
    }

    private static List<String> describe(Parser parser, IntervalSet expected) {
        List<String> names = new ArrayList<>();
        for (int type : expected.toList()) {
            String name = DESCRIPTIONS.get(type);
            if (name == null) {
                String literal = parser.getVocabulary().getLiteralName(type);
                name = literal != null ? literal.toUpperCase(java.util.Locale.ROOT)
                        : parser.getVocabulary().getSymbolicName(type).toLowerCase(java.util.Locale.ROOT);
            }
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }
}
