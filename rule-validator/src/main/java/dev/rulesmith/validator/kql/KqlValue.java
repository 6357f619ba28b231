package dev.rulesmith.validator.kql;

import java.util.List;

/**
 * A value: its text with escapes removed, whether it was quoted, and for an unquoted value holding unescaped
 * {@code *} the literal parts between the stars ({@code a*b*} gives {@code ["a", "b", ""]}; empty otherwise).
 */
public record KqlValue(String text, boolean quoted, List<String> wildcardParts) {

    public KqlValue {
        wildcardParts = List.copyOf(wildcardParts);
    }

    public static KqlValue literal(String text, boolean quoted) {
        return new KqlValue(text, quoted, List.of());
    }

    public boolean isWildcard() {
        return !wildcardParts.isEmpty();
    }
}
