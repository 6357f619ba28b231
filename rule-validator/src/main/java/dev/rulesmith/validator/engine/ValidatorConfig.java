package dev.rulesmith.validator.engine;

import dev.rulesmith.validator.check.Check;
import dev.rulesmith.validator.check.Checks;
import dev.rulesmith.validator.check.Profile;
import dev.rulesmith.validator.finding.Finding;
import dev.rulesmith.validator.finding.Severity;
import dev.rulesmith.validator.text.Suggestions;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a user configures about checks: per-check severity overrides, checks turned off, checks turned on (opt-in
 * checks, whose {@link Check#defaultEnabled()} is false, and checks outside the profile), the severity at or above
 * which a finding fails the build, the {@link Profile} of conventions to check, and the findings suppressed by the
 * repository's {@link Suppressions}.
 */
public record ValidatorConfig(Map<String, Severity> severities, Set<String> disabled, Severity failThreshold,
                              Set<String> enabled, Profile profile, Suppressions suppressions) {

    public static final ValidatorConfig DEFAULT = new ValidatorConfig(Map.of(), Set.of(), Severity.ERROR, Set.of());

    public ValidatorConfig {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(suppressions, "suppressions");
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

    /** A configuration of the default profile without suppressions. */
    public ValidatorConfig(Map<String, Severity> severities, Set<String> disabled, Severity failThreshold,
                           Set<String> enabled) {
        this(severities, disabled, failThreshold, enabled, Profile.DEFAULT, Suppressions.NONE);
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

    /** This configuration with another profile. */
    public ValidatorConfig withProfile(Profile newProfile) {
        return new ValidatorConfig(severities, disabled, failThreshold, enabled, newProfile, suppressions);
    }

    /** This configuration with the suppressions of a repository configuration file. */
    public ValidatorConfig withSuppressions(Suppressions newSuppressions) {
        return new ValidatorConfig(severities, disabled, failThreshold, enabled, profile, newSuppressions);
    }

    /**
     * A check runs unless it is disabled, when it is on by default and part of the profile; a check that is opt-in or
     * outside the profile runs only when it is enabled explicitly.
     */
    public boolean enabled(Check check) {
        boolean byDefault = check.defaultEnabled() && check.profiles().contains(profile);
        return !disabled.contains(check.id()) && (byDefault || enabled.contains(check.id()));
    }

    /** The finding with its configured severity. */
    public Finding apply(Finding finding) {
        return Optional.ofNullable(severities.get(finding.checkId())).map(finding::withSeverity).orElse(finding);
    }

    public boolean fails(Finding finding) {
        return finding.severity().atLeast(failThreshold);
    }
}
