package dev.rulesmith.validator;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Locates the shared read-only data ({@code ../shared}) through system property {@code rulesmith.shared}. Tests
 * that need it are skipped when it is absent, unless {@code rulesmith.requireShared} is {@code true}: then they fail.
 */
public final class SharedData {

    private SharedData() {
    }

    /** The shared data folder, when configured and present. */
    public static Optional<Path> root() {
        String property = System.getProperty("rulesmith.shared", "");
        if (property.isBlank()) {
            return Optional.empty();
        }
        Path root = Path.of(property).normalize();
        return Files.isDirectory(root) ? Optional.of(root) : Optional.empty();
    }

    /** {@code relative} inside the shared data; skips the calling test (or fails it when required) if missing. */
    public static Path require(String relative) {
        Optional<Path> path = root().map(root -> root.resolve(relative)).filter(Files::exists);
        if (path.isEmpty()) {
            String reason = "shared data '" + relative + "' not found (system property rulesmith.shared)";
            if (Boolean.getBoolean("rulesmith.requireShared")) {
                fail(reason);
            }
            assumeTrue(false, reason);
        }
        return path.get();
    }
}
