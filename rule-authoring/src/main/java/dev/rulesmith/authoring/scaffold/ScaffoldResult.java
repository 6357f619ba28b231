package dev.rulesmith.authoring.scaffold;

import java.util.List;

/**
 * A scaffolded rule: the rule file (relative to the rules directory) and its fixture file (at the same relative path
 * under the fixtures directory).
 */
public record ScaffoldResult(ScaffoldFile rule, ScaffoldFile fixture) {

    public List<ScaffoldFile> files() {
        return List.of(rule, fixture);
    }
}
