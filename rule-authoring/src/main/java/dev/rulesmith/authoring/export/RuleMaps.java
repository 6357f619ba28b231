package dev.rulesmith.authoring.export;

import java.util.Map;

/** The one unchecked cast of the API conversion: the maps {@link TomlValues} builds are string-keyed. */
final class RuleMaps {

    private RuleMaps() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
