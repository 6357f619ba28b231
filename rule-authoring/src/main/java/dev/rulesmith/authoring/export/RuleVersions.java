package dev.rulesmith.authoring.export;

/** Where an exported rule's {@code version} comes from: the version lock. */
@FunctionalInterface
public interface RuleVersions {

    /** The version of the rule with this id and content hash. */
    int versionOf(String ruleId, String sha256);
}
