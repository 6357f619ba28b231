package dev.rulesmith.validator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * The reference data and conformance suites beside the project ({@code ../shared}, system property
 * {@code rulesmith.shared}). Tests that need them are skipped when absent, unless {@code rulesmith.requireShared} is
 * true (CI), where absence fails.
 */
public final class SharedData {

    private SharedData() {
    }

    public static Optional<Path> root() {
        String configured = System.getProperty("rulesmith.shared", "../../shared");
        Path path = Path.of(configured).toAbsolutePath().normalize();
        return Files.isDirectory(path) ? Optional.of(path) : Optional.empty();
    }

    /** The path of {@code relative} under the shared folder; skips (or fails in CI) the test when it is absent. */
    public static Path require(String relative) {
        Optional<Path> path = root().map(r -> r.resolve(relative)).filter(Files::exists);
        if (path.isEmpty() && Boolean.getBoolean("rulesmith.requireShared")) {
            throw new AssertionError("shared data required but missing: " + relative + " (rulesmith.shared="
                    + System.getProperty("rulesmith.shared") + ")");
        }
        Assumptions.assumeTrue(path.isPresent(), "shared data absent: " + relative);
        return path.get();
    }
}
