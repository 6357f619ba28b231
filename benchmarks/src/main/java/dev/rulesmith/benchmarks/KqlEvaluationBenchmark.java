package dev.rulesmith.benchmarks;

import dev.rulesmith.fixtures.event.Event;
import dev.rulesmith.fixtures.kql.Compiled;
import dev.rulesmith.fixtures.kql.KqlCompiler;
import dev.rulesmith.validator.kql.Kql;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.tomlj.Toml;

/**
 * Evaluation only: the seed rule's compiled KQL query over 200,000 pre-parsed synthetic CloudTrail events, one thread.
 * The score is events per second (one operation = one event). The events take about a gigabyte, so the run is bound
 * by memory: transparent huge pages spare a TLB miss per event.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g", "-XX:+UseTransparentHugePages", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class KqlEvaluationBenchmark {

    static final int EVENTS = 200_000;
    private static final Map<String, String> ECS_TYPES = Map.of("event.dataset", "keyword", "event.provider",
            "keyword", "event.action", "keyword", "event.outcome", "keyword");

    /** Whether all documents are built before the events ({@code true}) or each event right after its document. */
    @Param({"true", "false"})
    public boolean bulkLoaded;

    private Compiled query;
    private Event[] events;

    @Setup
    public void setUp() {
        query = new KqlCompiler(field -> Optional.ofNullable(ECS_TYPES.get(field)), Instant.now())
                .compile(Kql.parse(seedQuery()));
        List<Event> generated = CloudTrailEvents.generate(EVENTS, 42, bulkLoaded);
        events = generated.toArray(Event[]::new);
        int matches = evaluate();
        if (matches != EVENTS / 2) {
            throw new IllegalStateException("expected " + EVENTS / 2 + " matches, got " + matches);
        }
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public int evaluate() {
        int matches = 0;
        for (Event event : events) {
            if (query.test(event)) {
                matches++;
            }
        }
        return matches;
    }

    static String seedQuery() {
        try (InputStream in = KqlEvaluationBenchmark.class.getResourceAsStream("seed-rule.toml")) {
            return Toml.parse(in).getString("rule.query");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
