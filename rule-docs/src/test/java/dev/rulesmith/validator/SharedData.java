package dev.rulesmith.validator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The shared data beside the project ({@code ../shared}), located by system property {@code rulesmith.shared}. Tests
 * that need it are skipped when it is absent, unless {@code rulesmith.requireShared=true} (then they fail).
 */
public final class SharedData {

    private SharedData() {
    }

    public static Optional<Path> root() {
        String property = System.getProperty("rulesmith.shared");
        if (property == null || property.isBlank()) {
            return Optional.empty();
        }
        Path root = Path.of(property).toAbsolutePath().normalize();
        return Files.isDirectory(root) ? Optional.of(root) : Optional.empty();
    }

    /** The path of {@code relative} under the shared data; skips (or fails, when required) the test if absent. */
    public static Path require(String relative) {
        Optional<Path> path = root().map(r -> r.resolve(relative)).filter(Files::exists);
        if (path.isEmpty()) {
            String message = "shared data " + relative + " not found (rulesmith.shared="
                    + System.getProperty("rulesmith.shared") + ")";
            if (Boolean.getBoolean("rulesmith.requireShared")) {
                Assertions.fail(message);
            }
            Assumptions.abort(message);
        }
        return path.get();
    }
}
