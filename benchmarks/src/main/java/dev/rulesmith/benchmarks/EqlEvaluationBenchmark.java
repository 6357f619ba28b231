package dev.rulesmith.benchmarks;

import dev.rulesmith.fixtures.eql.EqlEngine;
import dev.rulesmith.fixtures.eql.EqlSettings;
import dev.rulesmith.fixtures.eql.EqlStream;
import dev.rulesmith.fixtures.eql.OrderedEvents;
import dev.rulesmith.fixtures.event.Event;
import dev.rulesmith.validator.eql.Eql;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Evaluation only: two EQL queries, each compiled once into an {@link EqlEngine}, run over 200,000 pre-parsed
 * synthetic ECS endpoint events of 5,000 process entities, indexed once (ordered by timestamp, with the category index,
 * and the postings and doc-value columns the queries' first runs build), as Elasticsearch searches an index, one
 * thread: the event query filters them, the sequence also joins them by {@code process.entity_id} within maxspan.
 * {@code order} measures the ordering itself (parsing every timestamp and sorting); {@code sequenceOnFreshIndex} the
 * whole of a first run: ordering, indexing and the sequence. The score is events per second (one operation = one
 * event).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g", "-XX:+UseTransparentHugePages", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class EqlEvaluationBenchmark {

    static final int EVENTS = 200_000;
    static final int ENTITIES = 5_000;
    static final String EVENT_QUERY = "process where process.name == \"cmd.exe\"";
    static final String SEQUENCE_QUERY = "sequence by process.entity_id with maxspan=5m"
            + " [process where process.name == \"cmd.exe\"] [network where true]";

    private EqlEngine eventQuery;
    private EqlEngine sequence;
    private List<Event> events;
    private OrderedEvents ordered;

    @Setup
    public void setUp() {
        EqlSettings settings = EqlSettings.defaults(field -> Optional.of(EcsEvents.TYPES.getOrDefault(field,
                "keyword")));
        eventQuery = new EqlEngine(Eql.parse(EVENT_QUERY), settings);
        sequence = new EqlEngine(Eql.parse(SEQUENCE_QUERY), settings);
        events = EcsEvents.generate(EVENTS, ENTITIES, 42);
        ordered = eventQuery.order(events);
        long expected = events.stream().filter(EqlEvaluationBenchmark::cmdProcess).count();
        int matches = eventQuery();
        if (matches != expected) {
            throw new IllegalStateException("expected " + expected + " event matches, got " + matches);
        }
        int sequences = sequence();
        if (sequences == 0 || sequences > expected) {
            throw new IllegalStateException("implausible sequence count " + sequences + " for " + expected
                    + " cmd.exe process events");
        }
    }

    private static boolean cmdProcess(Event event) {
        return event.values("event.category").contains("process") && event.values("process.name").contains("cmd.exe");
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public int eventQuery() {
        return eventQuery.run(ordered).size();
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public int sequence() {
        return sequence.run(ordered).size();
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public int sequenceOnFreshIndex() {
        return sequence.run(sequence.order(events)).size();
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public int sequenceStreamed() {
        EqlStream stream = sequence.stream(Duration.ofHours(1));
        int matches = 0;
        for (Event event : events) {
            matches += stream.accept(event).size();
        }
        return matches;
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public OrderedEvents order() {
        return eventQuery.order(events);
    }
}
