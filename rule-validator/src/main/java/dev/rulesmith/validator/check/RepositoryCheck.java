package dev.rulesmith.validator.check;

import dev.rulesmith.validator.finding.Finding;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** A check that needs every rule of the repository at once (uniqueness, cross-references). */
public non-sealed interface RepositoryCheck extends Check {

    List<Finding> check(List<RuleContext> rules);

    /**
     * The check over a repository whose rules directory is known (a run over a directory): for checks that read a
     * repository file beside the rules, such as a version lock. By default the directory is not needed.
     */
    default List<Finding> check(List<RuleContext> rules, Optional<Path> rulesDirectory) {
        return check(rules);
    }
}
