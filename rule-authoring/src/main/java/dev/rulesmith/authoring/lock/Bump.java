package dev.rulesmith.authoring.lock;

import java.util.Optional;

/** One rule whose lock entry the lock-versions goal created or bumped: from its previous version (none if new). */
public record Bump(String ruleId, String ruleName, Optional<Integer> from, int to) {

    /** The line the goal prints, e.g. {@code AWS Root Login (689d...): version 1 -> 2 (content changed)}. */
    public String describe() {
        return ruleName + " (" + ruleId + "): " + from.map(v -> "version " + v + " -> " + to + " (content changed)")
                .orElse("new, version " + to);
    }
}
