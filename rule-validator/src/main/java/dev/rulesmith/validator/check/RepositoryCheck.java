package dev.rulesmith.validator.check;

import dev.rulesmith.validator.finding.Finding;
import java.util.List;

/** A check that needs every rule of the repository at once (uniqueness, cross-references). */
public non-sealed interface RepositoryCheck extends Check {

    List<Finding> check(List<RuleContext> rules);
}
