package dev.rulesmith.validator.esql;

import dev.rulesmith.validator.query.QuerySyntaxException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
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

    private static final long PARSER_STACK_BYTES = 1L << 29;

    private Esql() {
    }

    public static EsqlQuery parse(String query) {
        FutureTask<EsqlQuery> task = new FutureTask<>(() -> parseOnThisThread(query));
        Thread parser = new Thread(null, task, "esql-parser", PARSER_STACK_BYTES);
        parser.start();
        try {
            return task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while parsing ES|QL", e);
        }
    }

    private static EsqlQuery parseOnThisThread(String query) {
        EsqlQuery result;
        try {
            result = new EsqlCommands().build(parseTree(query));
        } catch (StackOverflowError e) {
            throw new QuerySyntaxException(1, 1, "query is nested too deeply to parse");
        }
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
