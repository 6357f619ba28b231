package dev.rulesmith.validator.attack;

import java.util.List;
import java.util.Optional;

/**
 * An ATT&CK technique or sub-technique. {@code tactics} holds tactic shortnames; {@code revokedBy} is the direct
 * replacement of a revoked entry.
 */
public record Technique(String id, String name, String url, Optional<String> parentId, List<String> tactics,
                        boolean deprecated, boolean revoked, Optional<String> revokedBy) {

    public Technique {
        tactics = List.copyOf(tactics);
    }

    public boolean isSubtechnique() {
        return parentId.isPresent();
    }

    public boolean isCurrent() {
        return !deprecated && !revoked;
    }
}
