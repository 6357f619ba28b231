package dev.rulesmith.validator;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * The shared read-only data ({@code ../shared}: conformance suites, production corpus), located by the system property
 * {@code rulesmith.shared}. Tests that need it are skipped when it is absent, unless {@code rulesmith.requireShared}
 * is {@code true}, in which case they fail.
 */
public final class SharedData {

    private SharedData() {
    }

    /** The shared data folder, when present. */
    public static Optional<Path> root() {
        String location = System.getProperty("rulesmith.shared", "");
        if (location.isBlank()) {
            return Optional.empty();
        }
        Path root = Path.of(location);
        return Files.isDirectory(root) ? Optional.of(root.toAbsolutePath().normalize()) : Optional.empty();
    }

    /** {@code relative} inside the shared folder; skips the calling test (or fails it, when required) if absent. */
    public static Path require(String relative) {
        Optional<Path> path = root().map(r -> r.resolve(relative)).filter(Files::exists);
        if (path.isEmpty()) {
            String message = "shared data not found: " + relative + " (system property rulesmith.shared = "
                    + System.getProperty("rulesmith.shared") + ")";
            if (Boolean.getBoolean("rulesmith.requireShared")) {
                fail(message);
            }
            Assumptions.abort(message);
        }
        return path.get();
    }
}
