package dev.rulesmith.validator.engine;

import dev.rulesmith.validator.check.Check;
import dev.rulesmith.validator.check.Checks;
import dev.rulesmith.validator.finding.Finding;
import dev.rulesmith.validator.finding.Severity;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a user configures about checks: per-check severity overrides, checks turned off, and the severity at or above
 * which a finding fails the build.
 */
public record ValidatorConfig(Map<String, Severity> severities, Set<String> disabled, Severity failThreshold) {

    public static final ValidatorConfig DEFAULT = new ValidatorConfig(Map.of(), Set.of(), Severity.ERROR);

    public ValidatorConfig {
        severities = Map.copyOf(severities);
        disabled = Set.copyOf(disabled);
        for (String id : severities.keySet()) {
            requireKnown(id);
        }
        for (String id : disabled) {
            requireKnown(id);
        }
    }

    private static void requireKnown(String id) {
        if (Checks.byId(id).isEmpty()) {
            throw new IllegalArgumentException("unknown check id '" + id + "'"
                    + dev.rulesmith.validator.text.Suggestions.didYouMean(id,
                    Checks.all().stream().map(Check::id).toList()));
        }
    }

    public boolean enabled(Check check) {
        return !disabled.contains(check.id());
    }

    /** The finding with its configured severity. */
    public Finding apply(Finding finding) {
        return Optional.ofNullable(severities.get(finding.checkId())).map(finding::withSeverity).orElse(finding);
    }

    public boolean fails(Finding finding) {
        return finding.severity().atLeast(failThreshold);
    }
}
