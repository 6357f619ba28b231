package dev.rulesmith.authoring.format;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Runs the {@link TomlFormatter} over a set of files: lists the files whose canonical form differs from their text
 * and, when asked to, rewrites them. A file that cannot be formatted (invalid TOML) is reported with its position and
 * never written.
 */
public final class FormatCheck {

    /** A file that could not be formatted: where and why. */
    public record Failure(Path file, int line, int column, String reason) {

        /** {@code path:line:col: reason}. */
        public String format() {
            return file + ":" + line + ":" + column + ": " + reason;
        }
    }

    /** The files (in the order given) that are, or were, not in the canonical layout, and the failures. */
    public record Result(List<Path> changed, List<Failure> failures) {

        public Result {
            changed = List.copyOf(changed);
            failures = List.copyOf(failures);
        }
    }

    private FormatCheck() {
    }

    /** Which of {@code files} the formatter would change; nothing is written. */
    public static Result check(Collection<Path> files) {
        return run(files, false);
    }

    /** Rewrites every file of {@code files} not in the canonical layout; returns those it rewrote. */
    public static Result format(Collection<Path> files) {
        return run(files, true);
    }

    private static Result run(Collection<Path> files, boolean write) {
        List<Path> changed = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        for (Path file : files) {
            try {
                String source = Files.readString(file, StandardCharsets.UTF_8);
                String formatted = TomlFormatter.format(source);
                if (!formatted.equals(source)) {
                    changed.add(file);
                    if (write) {
                        Files.writeString(file, formatted, StandardCharsets.UTF_8);
                    }
                }
            } catch (TomlFormatException e) {
                failures.add(new Failure(file, e.line(), e.column(), e.reason()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read or write " + file, e);
            }
        }
        return new Result(changed, failures);
    }
}
