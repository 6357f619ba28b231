package dev.rulesmith.benchmarks;

import dev.rulesmith.validator.check.ReferenceData;
import dev.rulesmith.validator.engine.ValidationResult;
import dev.rulesmith.validator.engine.Validator;
import dev.rulesmith.validator.engine.ValidatorConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Validation of a whole rule corpus (default: the 1,102 production rules in {@code ../shared}): loading every TOML
 * file, parsing its queries and running every check, on all cores, as the validate goal does. The score is the time
 * of one whole validation; the reference data is loaded once, as in one goal run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class CorpusValidationBenchmark {

    /** The rules directory to validate. */
    @Param({"../shared/corpus/detection-rules"})
    public String corpus;

    private Validator validator;
    private Path directory;

    @Setup
    public void setUp() {
        directory = Path.of(corpus);
        if (!Files.isDirectory(directory)) {
            throw new IllegalStateException("no rules directory at " + directory.toAbsolutePath()
                    + " (run from the project root with ../shared beside it, or pass -p corpus=DIR)");
        }
        validator = new Validator(ReferenceData.bundled(), ValidatorConfig.DEFAULT);
    }

    @Benchmark
    public ValidationResult validateCorpus() {
        return validator.validateDirectory(directory);
    }
}
