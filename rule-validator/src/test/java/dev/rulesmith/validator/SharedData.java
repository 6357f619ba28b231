package dev.rulesmith.validator;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * The shared read-only data ({@code ../shared}) named by system property {@code rulesmith.shared}. Tests that need
 * it are skipped when it is absent, unless {@code rulesmith.requireShared} is {@code true}: then they fail.
 */
public final class SharedData {

    private SharedData() {
    }

    /** The shared directory, if it is configured and exists. */
    public static Optional<Path> root() {
        return Optional.ofNullable(System.getProperty("rulesmith.shared"))
                .map(Path::of)
                .filter(Files::isDirectory);
    }

    /** A path under the shared directory; skips the calling test (or fails it when required) if it is missing. */
    public static Path require(String relative) {
        Optional<Path> path = root().map(root -> root.resolve(relative)).filter(Files::exists);
        if (path.isEmpty()) {
            String reason = "shared data not found: " + relative + " under " + System.getProperty("rulesmith.shared");
            if (Boolean.getBoolean("rulesmith.requireShared")) {
                fail(reason);
            }
            Assumptions.abort(reason);
        }
        return path.get();
    }
}
