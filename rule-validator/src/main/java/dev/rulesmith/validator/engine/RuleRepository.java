package dev.rulesmith.validator.engine;

import dev.rulesmith.validator.check.ReferenceData;
import dev.rulesmith.validator.check.RuleContext;
import dev.rulesmith.validator.model.RuleLoader;
import java.nio.file.Path;
import java.util.List;

/** Loads every rule of a directory as {@link RuleContext}s (queries parsed, field views resolved), in path order. */
public final class RuleRepository {

    private RuleRepository() {
    }

    public static List<RuleContext> load(Path rulesDirectory, ReferenceData reference) {
        return RuleLoader.discover(rulesDirectory).parallelStream()
                .map(file -> RuleContext.of(RuleLoader.load(rulesDirectory, file), reference))
                .toList();
    }
}
