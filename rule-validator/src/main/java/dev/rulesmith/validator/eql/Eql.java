package dev.rulesmith.validator.eql;

import dev.rulesmith.validator.query.LargeStack;
import dev.rulesmith.validator.query.QuerySyntaxException;
import dev.rulesmith.validator.eql.EqlBaseParser.SingleStatementContext;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * The EQL parser facade: text in, immutable {@link EqlQuery} out, or a {@link QuerySyntaxException} at line:col.
 * Accepts what Elasticsearch 8.x/9.x EQL accepts and rejects, with a message naming the feature, what it rejects
 * (join, lineage, pipes other than head and tail, unknown functions, ...).
 *
 * <p>Parsing runs on its own thread with a large stack, so that deeply nested queries do not overflow the caller's
 * stack; expressions nested deeper than {@value #MAX_DEPTH} levels are rejected so that evaluators can recurse.
 */
public final class Eql {

    /** The deepest expression nesting accepted. */
    public static final int MAX_DEPTH = 1_000;

    private Eql() {
    }

    public static EqlQuery parse(String query) {
        return LargeStack.parse("EQL", () -> parseOnThisThread(query));
    }

    private static EqlQuery parseOnThisThread(String query) {
        EqlQuery result = new EqlQueryBuilder().build(parseTree(query));
        EqlWalker.deeperThan(result, MAX_DEPTH).ifPresent(expr -> {
            throw Positions.error(expr.span(), "expression nested deeper than " + MAX_DEPTH + " levels");
        });
        EqlRestrictions.check(result);
        return result;
    }

    /** Fast SLL prediction first; on failure, full LL prediction, which also gives the precise error. */
    private static SingleStatementContext parseTree(String query) {
        EqlBaseLexer lexer = new EqlBaseLexer(CharStreams.fromString(query));
        lexer.removeErrorListeners();
        lexer.addErrorListener(new LexerErrors(query, lexer));
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        ParserErrors errors = new ParserErrors(tokens);
        EqlBaseParser parser = new EqlBaseParser(tokens);
        parser.removeErrorListeners();
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        try {
            return parser.singleStatement();
        } catch (ParseCancellationException e) {
            tokens.seek(0);
            parser.reset();
            parser.addErrorListener(errors);
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            parser.setErrorHandler(new DefaultErrorStrategy());
            return parser.singleStatement();
        }
    }

    /** Throws at the offending token, with a plain-word reason where {@link SyntaxReasons} has one. */
    private static final class ParserErrors extends BaseErrorListener {

        private final CommonTokenStream tokens;

        ParserErrors(CommonTokenStream tokens) {
            this.tokens = tokens;
        }

        @Override
        public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int charPositionInLine,
                                String msg, RecognitionException e) {
            Token offending = (Token) offendingSymbol;
            throw new QuerySyntaxException(line, charPositionInLine + 1,
                    SyntaxReasons.parser(offending, previous(offending), msg));
        }

        /** The token before {@code token} on the default channel (whitespace and comments skipped), or null. */
        private Token previous(Token token) {
            for (int i = token.getTokenIndex() - 1; i >= 0; i--) {
                if (tokens.get(i).getChannel() == Token.DEFAULT_CHANNEL) {
                    return tokens.get(i);
                }
            }
            return null;
        }
    }

    /** Throws at the character the lexer cannot read. */
    private static final class LexerErrors extends BaseErrorListener {

        private final String query;
        private final EqlBaseLexer lexer;

        LexerErrors(String query, EqlBaseLexer lexer) {
            this.query = query;
            this.lexer = lexer;
        }

        @Override
        public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int charPositionInLine,
                                String msg, RecognitionException e) {
            int start = lexer._tokenStartCharIndex;
            String rest = start >= 0 && start < query.length() ? query.substring(start) : "";
            throw new QuerySyntaxException(line, charPositionInLine + 1, SyntaxReasons.lexer(rest, msg));
        }
    }
}
