package dev.rulesmith.validator.engine;

import dev.rulesmith.validator.check.Check;
import dev.rulesmith.validator.check.Checks;
import dev.rulesmith.validator.finding.Finding;
import dev.rulesmith.validator.finding.Severity;
import dev.rulesmith.validator.text.Suggestions;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a user configures about checks: per-check severity overrides, checks turned off, opt-in checks turned on
 * (those whose {@link Check#defaultEnabled()} is false), and the severity at or above which a finding fails the
 * build.
 */
public record ValidatorConfig(Map<String, Severity> severities, Set<String> disabled, Severity failThreshold,
                              Set<String> enabled) {

    public static final ValidatorConfig DEFAULT = new ValidatorConfig(Map.of(), Set.of(), Severity.ERROR, Set.of());

    public ValidatorConfig {
        severities = Map.copyOf(severities);
        disabled = Set.copyOf(disabled);
        enabled = Set.copyOf(enabled);
        for (String id : severities.keySet()) {
            requireKnown(id);
        }
        for (String id : disabled) {
            requireKnown(id);
        }
        for (String id : enabled) {
            requireKnown(id);
        }
        Set<String> both = new HashSet<>(enabled);
        both.retainAll(disabled);
        if (!both.isEmpty()) {
            throw new IllegalArgumentException("checks both enabled and disabled: " + both.stream().sorted().toList());
        }
    }

    /** A configuration without opt-in checks. */
    public ValidatorConfig(Map<String, Severity> severities, Set<String> disabled, Severity failThreshold) {
        this(severities, disabled, failThreshold, Set.of());
    }

    private static void requireKnown(String id) {
        if (Checks.byId(id).isEmpty()) {
            throw new IllegalArgumentException("unknown check id '" + id + "'"
                    + Suggestions.didYouMean(id, Checks.all().stream().map(Check::id).toList()));
        }
    }

    /** A check runs unless it is disabled; an opt-in check runs only when it is enabled explicitly. */
    public boolean enabled(Check check) {
        return !disabled.contains(check.id()) && (check.defaultEnabled() || enabled.contains(check.id()));
    }

    /** The finding with its configured severity. */
    public Finding apply(Finding finding) {
        return Optional.ofNullable(severities.get(finding.checkId())).map(finding::withSeverity).orElse(finding);
    }

    public boolean fails(Finding finding) {
        return finding.severity().atLeast(failThreshold);
    }
}
