package dev.rulesmith.validator.kql;

/** A field name as written (escapes removed); {@code wildcard} when it holds an unescaped {@code *}. */
public record KqlField(String name, boolean wildcard, Span span) {
}
