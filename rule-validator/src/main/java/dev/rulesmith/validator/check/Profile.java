package dev.rulesmith.validator.check;

import dev.rulesmith.validator.text.Suggestions;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * Which conventions a repository follows. {@link #DEFAULT} checks the rule format and what any repository of such rules
 * needs; {@link #ELASTIC} adds the conventions of elastic/detection-rules itself (file names led by the primary tactic,
 * the controlled tag vocabulary, investigation guides, the supported stack floor, ...).
 */
public enum Profile {
    DEFAULT,
    ELASTIC;

    /** Every profile: the profiles of a check that is part of the format. */
    public static final Set<Profile> ALL = Set.of(values());

    /** Only the Elastic profile: the profiles of a check that enforces an elastic/detection-rules convention. */
    public static final Set<Profile> ELASTIC_ONLY = Set.of(ELASTIC);

    /** The lower-case name used in configuration files: {@code default}, {@code elastic}. */
    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The profile a configuration names, case-insensitively; an unknown name fails with a suggestion. */
    public static Profile parse(String name) {
        for (Profile profile : values()) {
            if (profile.configName().equalsIgnoreCase(name.trim())) {
                return profile;
            }
        }
        throw new IllegalArgumentException("unknown profile '" + name + "', expected one of "
                + Arrays.stream(values()).map(Profile::configName).toList()
                + Suggestions.didYouMean(name, Arrays.stream(values()).map(Profile::configName).toList()));
    }
}
