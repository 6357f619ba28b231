package dev.rulesmith.validator.kql;

import java.util.Set;

/**
 * What KQL needs to know about an index's fields beyond the query text: which paths are {@code nested} objects.
 * Parsing against a mapping adds Elasticsearch's semantic rejections (see {@link Kql#parse(String, KqlMapping)}).
 */
@FunctionalInterface
public interface KqlMapping {

    /** Whether {@code path} (a full dotted path) is a field of type {@code nested}. */
    boolean isNested(String path);

    /** A mapping whose nested fields are exactly {@code nestedPaths}. */
    static KqlMapping nestedPaths(Set<String> nestedPaths) {
        Set<String> paths = Set.copyOf(nestedPaths);
        return paths::contains;
    }
}
