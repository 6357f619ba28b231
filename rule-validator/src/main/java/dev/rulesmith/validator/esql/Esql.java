package dev.rulesmith.validator.esql;

import dev.rulesmith.validator.query.LargeStack;
import dev.rulesmith.validator.query.QuerySyntaxException;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * The ES|QL parser facade: text in, immutable {@link EsqlQuery} out, or a {@link QuerySyntaxException} at line:col.
 * Commands Rulesmith recognises but does not model ({@code ENRICH}, {@code LOOKUP JOIN}, {@code COMPLETION}, ...)
 * parse to {@link EsqlCommand.Unsupported}; unknown commands and malformed ones are syntax errors.
 *
 * <p>Parsing runs on its own thread with a large stack, so that deeply nested queries do not overflow the caller's
 * stack; expressions nested deeper than {@value #MAX_DEPTH} levels are rejected so that evaluators can recurse.
 */
public final class Esql {

    /** The deepest expression nesting accepted. */
    public static final int MAX_DEPTH = 1_000;

    private Esql() {
    }

    public static EsqlQuery parse(String query) {
        return LargeStack.parse("ES|QL", () -> parseOnThisThread(query));
    }

    private static EsqlQuery parseOnThisThread(String query) {
        EsqlQuery result = new EsqlCommands().build(parseTree(query));
        EsqlWalk.deepest(result, MAX_DEPTH).ifPresent(position -> {
            throw new QuerySyntaxException(position.line(), position.column(),
                    "expression nested deeper than " + MAX_DEPTH + " levels");
        });
        return result;
    }

    /** Fast SLL prediction first; on failure, full LL prediction, which also gives the precise error. */
    private static EsqlBaseParser.QueryContext parseTree(String query) {
        EsqlParseErrors errors = new EsqlParseErrors();
        EsqlBaseLexer lexer = new EsqlBaseLexer(CharStreams.fromString(query));
        lexer.removeErrorListeners();
        lexer.addErrorListener(errors);
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        EsqlBaseParser parser = new EsqlBaseParser(tokens);
        parser.removeErrorListeners();
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        try {
            return parser.query();
        } catch (ParseCancellationException e) {
            tokens.seek(0);
            parser.reset();
            parser.addErrorListener(errors);
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            parser.setErrorHandler(new DefaultErrorStrategy());
            return parser.query();
        }
    }
}
