package dev.rulesmith.validator.query;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * Runs a parser on a thread of its own with a large stack (512 MB), so that deeply nested queries do not overflow the
 * caller's stack; a query nested too deeply even for that is a {@link QuerySyntaxException}, as Elasticsearch reports
 * it, not an error that propagates.
 */
public final class LargeStack {

    private static final long STACK_BYTES = 1L << 29;

    private LargeStack() {
    }

    /** The parser's result, or the exception it threw. */
    public static <T> T parse(String language, Supplier<T> parser) {
        FutureTask<T> task = new FutureTask<>(() -> {
            try {
                return parser.get();
            } catch (StackOverflowError e) {
                throw new QuerySyntaxException(1, 1, "query is nested too deeply to parse");
            }
        });
        Thread thread = new Thread(null, task, language + "-parser", STACK_BYTES);
        thread.start();
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
            throw new IllegalStateException("interrupted while parsing " + language, e);
        }
    }
}
