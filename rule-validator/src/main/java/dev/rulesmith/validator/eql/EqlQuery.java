package dev.rulesmith.validator.eql;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** A parsed EQL statement: an event query, a sequence or a sample, followed by {@code head}/{@code tail} pipes. */
public sealed interface EqlQuery {

    Span span();

    List<Pipe> pipes();

    /** Every field reference of the query (conditions and join keys), in source order. */
    default List<EqlExpr.Field> fields() {
        return EqlWalker.fields(this);
    }

    /** {@code category where condition}. */
    record EventQuery(EventFilter filter, List<Pipe> pipes, Span span) implements EqlQuery {
        public EventQuery {
            pipes = List.copyOf(pipes);
        }
    }

    /**
     * {@code sequence [by keys] [with maxspan=N] steps... [until [step]]}. Each step's own keys follow the
     * sequence-level {@code by} keys.
     */
    record Sequence(List<EqlExpr> by, Optional<MaxSpan> maxSpan, List<Step> steps, Optional<Step> until,
                    List<Pipe> pipes, Span span) implements EqlQuery {
        public Sequence {
            by = List.copyOf(by);
            steps = List.copyOf(steps);
            pipes = List.copyOf(pipes);
        }
    }

    /** {@code sample [by keys] steps...}: unordered events sharing their join keys. */
    record Sample(List<EqlExpr> by, List<Step> steps, List<Pipe> pipes, Span span) implements EqlQuery {
        public Sample {
            by = List.copyOf(by);
            steps = List.copyOf(steps);
            pipes = List.copyOf(pipes);
        }
    }

    /** {@code category where condition}; {@code category} is empty for {@code any}. */
    record EventFilter(Optional<String> category, EqlExpr condition, Span span) {
    }

    /**
     * A step {@code [filter] [by keys] [with runs=N]}; {@code missing} for {@code ![filter]}, an event that must not
     * occur. {@code runs} is 1 unless given.
     */
    record Step(EventFilter filter, List<EqlExpr> by, int runs, boolean missing, Span span) {
        public Step {
            by = List.copyOf(by);
        }
    }

    /** {@code with maxspan=amount unit}. */
    record MaxSpan(long amount, TimeUnit unit, Span span) {
        public Duration duration() {
            return Duration.ofMillis(unit.toMillis(amount));
        }
    }

    /** {@code | head N} or {@code | tail N}. */
    record Pipe(PipeKind kind, int count, Span span) {
    }

    /** The pipes Elasticsearch supports. */
    enum PipeKind {
        HEAD, TAIL
    }
}
