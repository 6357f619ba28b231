package dev.rulesmith.validator.fields;

import dev.rulesmith.validator.text.Glob;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fields one source defines (ECS, an integration, a team's own definitions): exact names with their
 * Elasticsearch types, glob patterns for dynamic sub-fields, and aliases.
 */
public record FieldSchema(String name, String version, List<String> indexPatterns, Map<String, String> fields,
                          Map<String, String> patterns, Map<String, String> aliases) {

    public FieldSchema {
        indexPatterns = List.copyOf(indexPatterns);
        fields = Map.copyOf(fields);
        patterns = Map.copyOf(patterns);
        aliases = Map.copyOf(aliases);
    }

    /** The type of a field: exact name, alias target, or the first pattern it matches. */
    public Optional<String> typeOf(String field) {
        String type = fields.get(field);
        if (type != null && !"alias".equals(type)) {
            return Optional.of(type);
        }
        String target = aliases.get(field);
        if (target != null && fields.containsKey(target)) {
            return Optional.of(fields.get(target));
        }
        for (Map.Entry<String, String> pattern : patterns.entrySet()) {
            if (Glob.matches(pattern.getKey(), field)) {
                return Optional.of(pattern.getValue());
            }
        }
        return Optional.empty();
    }

    /** True when one of this schema's index patterns can name an index the given pattern names. */
    public boolean appliesTo(String indexPattern) {
        return indexPatterns.stream().anyMatch(own -> Glob.overlaps(own, indexPattern));
    }
}
