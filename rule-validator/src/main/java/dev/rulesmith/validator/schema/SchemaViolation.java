package dev.rulesmith.validator.schema;

import dev.rulesmith.validator.model.KeyPath;
import java.util.Objects;

/** One way a rule breaks the rule schema: the key it concerns and a message that names that key. */
public record SchemaViolation(KeyPath at, String message) {

    public SchemaViolation {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(message, "message");
    }
}
