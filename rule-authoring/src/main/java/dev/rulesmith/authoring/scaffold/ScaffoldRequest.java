package dev.rulesmith.authoring.scaffold;

import java.util.Objects;
import java.util.Optional;

/**
 * What a new rule is to be: its name, type, primary tactic (an id such as {@code TA0005}, or its name), optional
 * technique or sub-technique id, and the integration whose folder and data it uses (e.g. {@code aws}).
 */
public record ScaffoldRequest(String name, RuleType type, String tactic, Optional<String> technique,
                              String integration) {

    public ScaffoldRequest {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(tactic, "tactic");
        Objects.requireNonNull(technique, "technique");
        Objects.requireNonNull(integration, "integration");
        name = name.trim();
        tactic = tactic.trim();
        technique = technique.map(String::trim).filter(t -> !t.isEmpty());
        integration = integration.trim();
    }
}
