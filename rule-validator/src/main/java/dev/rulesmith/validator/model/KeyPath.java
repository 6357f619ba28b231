package dev.rulesmith.validator.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A path into a TOML document: table keys and array indexes, printed as {@code rule.threat[1].technique[0].id}.
 */
public record KeyPath(List<Object> segments) {

    public KeyPath {
        segments = List.copyOf(segments);
        for (Object segment : segments) {
            if (!(segment instanceof String) && !(segment instanceof Integer)) {
                throw new IllegalArgumentException("segment must be a key or an index: " + segment);
            }
        }
    }

    /** Parses a dotted path such as {@code rule.threat[1].tactic.name}. */
    public static KeyPath parse(String dotted) {
        List<Object> segments = new ArrayList<>();
        for (String part : dotted.split("\\.")) {
            int bracket = part.indexOf('[');
            String key = bracket < 0 ? part : part.substring(0, bracket);
            if (!key.isEmpty()) {
                segments.add(key);
            }
            while (bracket >= 0) {
                int close = part.indexOf(']', bracket);
                segments.add(Integer.parseInt(part.substring(bracket + 1, close)));
                bracket = part.indexOf('[', close);
            }
        }
        return new KeyPath(segments);
    }

    public static KeyPath of(Object... segments) {
        return new KeyPath(List.of(segments));
    }

    public KeyPath child(Object segment) {
        List<Object> next = new ArrayList<>(segments);
        next.add(Objects.requireNonNull(segment));
        return new KeyPath(next);
    }

    public boolean isEmpty() {
        return segments.isEmpty();
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        for (Object segment : segments) {
            if (segment instanceof Integer index) {
                out.append('[').append(index).append(']');
            } else {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(segment);
            }
        }
        return out.toString();
    }
}
