package dev.rulesmith.validator;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Locates the shared read-only data beside the project (system property {@code rulesmith.shared}). Tests that need
 * it are skipped when it is absent, unless {@code rulesmith.requireShared} is {@code true}: then they fail.
 */
public final class SharedData {

    private SharedData() {
    }

    /** The shared folder, if the property names an existing directory. */
    public static Optional<Path> root() {
        return Optional.ofNullable(System.getProperty("rulesmith.shared"))
                .map(Path::of)
                .filter(Files::isDirectory);
    }

    /** A path under the shared folder; skips the test (or fails it, when shared data is required) if it is absent. */
    public static Path require(String relative) {
        Optional<Path> path = root().map(root -> root.resolve(relative)).filter(Files::exists);
        if (path.isEmpty()) {
            String message = "shared data not found: " + relative + " under " + System.getProperty("rulesmith.shared");
            if (Boolean.getBoolean("rulesmith.requireShared")) {
                fail(message);
            }
            assumeTrue(false, message);
        }
        return path.orElseThrow();
    }
}
