package dev.rulesmith.validator.engine;

import dev.rulesmith.validator.check.ReferenceData;
import dev.rulesmith.validator.check.RuleContext;
import dev.rulesmith.validator.model.RuleLoader;
import dev.rulesmith.validator.model.RuleSelection;
import java.nio.file.Path;
import java.util.List;

/** Loads every rule of a directory as {@link RuleContext}s (queries parsed, field views resolved), in path order. */
public final class RuleRepository {

    private RuleRepository() {
    }

    public static List<RuleContext> load(Path rulesDirectory, ReferenceData reference) {
        return load(rulesDirectory, RuleSelection.ALL, reference);
    }

    /** Loads the selected rules of a directory. */
    public static List<RuleContext> load(Path rulesDirectory, RuleSelection selection, ReferenceData reference) {
        return RuleLoader.discover(rulesDirectory, selection).parallelStream()
                .map(file -> RuleContext.of(RuleLoader.load(rulesDirectory, file), reference))
                .toList();
    }
}
