package dev.rulesmith.validator.engine;

import dev.rulesmith.validator.check.RuleContext;
import dev.rulesmith.validator.finding.Finding;
import dev.rulesmith.validator.finding.Severity;
import java.time.Duration;
import java.util.List;

/** Every finding of one validation run, in report order, with the rules that were validated. */
public record ValidationResult(List<RuleContext> rules, List<Finding> findings, Duration elapsed) {

    public ValidationResult {
        rules = List.copyOf(rules);
        findings = findings.stream().sorted(Finding.ORDER).toList();
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** The one-line summary: rules, findings by severity, time. */
    public String summary() {
        return String.format("%d rules validated: %d errors, %d warnings, %d notes in %d ms", rules.size(),
                count(Severity.ERROR), count(Severity.WARNING), count(Severity.NOTE), elapsed.toMillis());
    }
}
