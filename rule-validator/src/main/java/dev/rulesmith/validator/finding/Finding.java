package dev.rulesmith.validator.finding;

import dev.rulesmith.validator.model.SourcePosition;
import java.util.Comparator;
import java.util.Objects;

/** One problem found in one file, at a line and column, by one check. */
public record Finding(String path, SourcePosition position, Severity severity, String message, String checkId) {

    /** File order, then position, then check id: the order findings are reported in. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::path)
            .thenComparing(Finding::position)
            .thenComparing(Finding::checkId)
            .thenComparing(Finding::message);

    public Finding {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(checkId, "checkId");
    }

    public Finding withSeverity(Severity newSeverity) {
        return new Finding(path, position, newSeverity, message, checkId);
    }

    /** The compiler-style line: {@code path:line:col: ERROR message [check-id]}. */
    public String format() {
        return path + ":" + position.line() + ":" + position.column() + ": " + severity + " " + message
                + " [" + checkId + "]";
    }
}
