package dev.rulesmith.validator.check;

import dev.rulesmith.validator.finding.Finding;
import java.util.List;

/** A check that needs every rule of the repository at once (uniqueness, cross-references). */
public non-sealed interface RepositoryCheck extends Check {

    List<Finding> check(List<RuleContext> rules);

    /**
     * The check with what is known of the repository: its rules directory (for checks that read a repository file
     * beside the rules, such as a version lock) and, in pull-request mode, the base git ref. By default neither is
     * needed.
     */
    default List<Finding> check(List<RuleContext> rules, RepositoryContext repository) {
        return check(rules);
    }
}
