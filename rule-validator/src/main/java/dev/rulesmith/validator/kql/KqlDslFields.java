package dev.rulesmith.validator.kql;

import dev.rulesmith.validator.query.QuerySyntaxException;
import dev.rulesmith.validator.text.Glob;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Kibana's field lookup for query building ({@code getFields} and {@code getFullFieldNameNode}): the index pattern
 * fields a KQL field name stands for, their nested path, and the nested-group errors Kibana raises.
 */
final class KqlDslFields {

    private static final Set<String> CONTAINERS = Set.of("object", "nested");

    /** One field of the index pattern; {@code type} is empty for a name not in the pattern. */
    record DslField(String name, String type, Optional<String> nestedPath) {

        boolean isKeyword() {
            return type.equals("keyword");
        }

        boolean isDate() {
            return type.equals("date") || type.equals("date_nanos");
        }
    }

    private final Map<String, String> types;

    KqlDslFields(Map<String, String> types) {
        this.types = types;
    }

    /**
     * The fields {@code field} names inside {@code nestedPath} (null outside nested groups), checked against the
     * index pattern's nesting the way Kibana checks them; an unknown name stands for itself.
     */
    List<DslField> resolve(KqlField field, String nestedPath) {
        String name = nestedPath == null ? field.name() : nestedPath + "." + field.name();
        List<DslField> found = find(name, field.wildcard());
        if (!(field.wildcard() && nestedPath == null)) {
            found.forEach(f -> checkNesting(f, nestedPath, field.span()));
        }
        return found.isEmpty() ? List.of(new DslField(name, "", Optional.empty())) : found;
    }

    private List<DslField> find(String name, boolean wildcard) {
        List<DslField> found = new ArrayList<>();
        types.forEach((candidate, type) -> {
            boolean matches = wildcard ? !CONTAINERS.contains(type) && Glob.matches(name, candidate)
                    : candidate.equals(name);
            if (matches) {
                found.add(new DslField(candidate, type, nestedPathOf(candidate)));
            }
        });
        found.sort((a, b) -> a.name().compareTo(b.name()));
        return found;
    }

    private Optional<String> nestedPathOf(String name) {
        for (int dot = name.lastIndexOf('.'); dot > 0; dot = name.lastIndexOf('.', dot - 1)) {
            String parent = name.substring(0, dot);
            if ("nested".equals(types.get(parent))) {
                return Optional.of(parent);
            }
        }
        return Optional.empty();
    }

    private static void checkNesting(DslField field, String nestedPath, Span span) {
        Optional<String> actual = field.nestedPath();
        String problem = null;
        if (nestedPath != null && actual.isEmpty()) {
            problem = field.name() + " is not a nested field but is in nested group \"" + nestedPath
                    + "\" in the KQL expression.";
        } else if (actual.isPresent() && nestedPath == null) {
            problem = field.name() + " is a nested field, but is not in a nested group in the KQL expression.";
        } else if (actual.isPresent() && !actual.get().equals(nestedPath)) {
            problem = "Nested field " + field.name() + " is being queried with the incorrect nested path. "
                    + "The correct path is " + actual.get() + ".";
        }
        if (problem != null) {
            throw new QuerySyntaxException(span.line(), span.column(), problem);
        }
    }
}
