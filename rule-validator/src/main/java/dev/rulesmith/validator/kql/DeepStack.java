package dev.rulesmith.validator.kql;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/** Runs recursive work (parsing, tree walks) on a thread with a 512 MB stack so that deep nesting cannot overflow. */
final class DeepStack {

    private static final long STACK_BYTES = 1L << 29;

    private DeepStack() {
    }

    static <T> T call(Supplier<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                result.set(work.get());
            } catch (RuntimeException | Error e) {
                failure.set(e);
            }
        }, "rulesmith-kql", STACK_BYTES);
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while parsing a KQL query", e);
        }
        Throwable thrown = failure.get();
        if (thrown instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (thrown instanceof Error error) {
            throw error;
        }
        return result.get();
    }
}
