package dev.rulesmith.validator.kql;

import java.util.ArrayList;
import java.util.List;

/** The fields a KQL tree references, in source order, with nested fields given their full names. */
public final class KqlFields {

    private KqlFields() {
    }

    /** A field reference: its full name (nested paths joined), its span, and whether it holds a wildcard. */
    public record Reference(String name, Span span, boolean wildcard) {
    }

    public static List<Reference> of(KqlNode node) {
        List<Reference> out = new ArrayList<>();
        collect(node, "", out);
        return List.copyOf(out);
    }

    private static void collect(KqlNode node, String prefix, List<Reference> out) {
        if (node instanceof KqlNode.And and) {
            and.clauses().forEach(c -> collect(c, prefix, out));
        } else if (node instanceof KqlNode.Or or) {
            or.clauses().forEach(c -> collect(c, prefix, out));
        } else if (node instanceof KqlNode.Not not) {
            collect(not.clause(), prefix, out);
        } else if (node instanceof KqlNode.Match match) {
            match.field().ifPresent(f -> out.add(reference(prefix, f)));
        } else if (node instanceof KqlNode.Range range) {
            out.add(reference(prefix, range.field()));
        } else if (node instanceof KqlNode.Exists exists) {
            out.add(reference(prefix, exists.field()));
        } else if (node instanceof KqlNode.Nested nested) {
            out.add(reference(prefix, nested.path()));
            collect(nested.query(), prefix + nested.path().name() + ".", out);
        }
    }

    private static Reference reference(String prefix, KqlField field) {
        return new Reference(prefix + field.name(), field.span(), field.wildcard());
    }
}
