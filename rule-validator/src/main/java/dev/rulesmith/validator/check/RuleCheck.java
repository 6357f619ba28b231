package dev.rulesmith.validator.check;

import dev.rulesmith.validator.finding.Finding;
import java.util.List;

/** A check of one rule on its own. */
public non-sealed interface RuleCheck extends Check {

    List<Finding> check(RuleContext context);
}
