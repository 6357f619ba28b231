package dev.rulesmith.validator.checks;

import dev.rulesmith.validator.check.RepositoryCheck;
import dev.rulesmith.validator.check.RuleContext;
import dev.rulesmith.validator.checks.Duplicates.Keyed;
import dev.rulesmith.validator.finding.Finding;
import dev.rulesmith.validator.finding.Severity;
import dev.rulesmith.validator.model.KeyPath;
import java.util.ArrayList;
import java.util.List;

/**
 * No two active rules share a name, nor two deprecated rules (detection-rules' loader refuses such a collision; an
 * active rule may reuse the name of the deprecated rule it replaces).
 */
public final class UniqueRuleName implements RepositoryCheck {

    private static final KeyPath NAME = KeyPath.parse("rule.name");

    @Override
    public String id() {
        return "unique-rule-name";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "No two active (or two deprecated) rules may have the same rule.name.";
    }

    @Override
    public boolean strictOnDeprecatedRules() {
        return true;
    }

    @Override
    public List<Finding> check(List<RuleContext> rules) {
        List<Finding> findings = new ArrayList<>();
        for (boolean deprecated : new boolean[] {false, true}) {
            List<Keyed> keyed = Duplicates.keyed(rules, rule -> RuleFacts.deprecated(rule) == deprecated,
                    rule -> rule.string("rule.name").map(n -> new Keyed(rule, n, rule.position(NAME))));
            String kind = deprecated ? "deprecated rule" : "rule";
            Duplicates.report(keyed, (one, others) -> findings.add(finding(one.rule(), one.position(), "name '"
                    + one.key() + "' is also the name of " + kind + " " + Duplicates.places(others)
                    + ": rule names must be unique")));
        }
        return findings;
    }
}
