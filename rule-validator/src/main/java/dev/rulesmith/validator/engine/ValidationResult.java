package dev.rulesmith.validator.engine;

import dev.rulesmith.validator.check.RuleContext;
import dev.rulesmith.validator.finding.Finding;
import dev.rulesmith.validator.finding.Severity;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

/**
 * Every finding of one validation run, in report order, with the rules that were validated and the number of findings
 * the repository's suppressions dropped.
 */
public record ValidationResult(List<RuleContext> rules, List<Finding> findings, Duration elapsed, int suppressed) {

    public ValidationResult {
        rules = List.copyOf(rules);
        findings = findings.stream().sorted(Finding.ORDER).toList();
        if (suppressed < 0) {
            throw new IllegalArgumentException("suppressed must not be negative: " + suppressed);
        }
    }

    /** A result without suppressed findings. */
    public ValidationResult(List<RuleContext> rules, List<Finding> findings, Duration elapsed) {
        this(rules, findings, elapsed, 0);
    }

    /**
     * The result narrowed to some rule files (a pull request's changed rules): their findings, including those of
     * repository-wide checks, which still saw every rule.
     */
    public ValidationResult onlyFor(Predicate<String> path) {
        return new ValidationResult(rules.stream().filter(r -> path.test(r.rule().path())).toList(),
                findings.stream().filter(f -> path.test(f.path())).toList(), elapsed, suppressed);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** The one-line summary: rules, findings by severity, suppressed findings (if any), time. */
    public String summary() {
        String dropped = suppressed == 0 ? "" : String.format(" (%d suppressed)", suppressed);
        return String.format("%d rules validated: %d errors, %d warnings, %d notes%s in %d ms", rules.size(),
                count(Severity.ERROR), count(Severity.WARNING), count(Severity.NOTE), dropped, elapsed.toMillis());
    }
}
