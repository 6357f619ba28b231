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
 * No two rule files share a rule_id, deprecated or not: Kibana identifies a rule by it, so the second import
 * overwrites or is refused, and the version lock cannot tell the two apart.
 */
public final class UniqueRuleId implements RepositoryCheck {

    private static final KeyPath RULE_ID = KeyPath.parse("rule.rule_id");

    @Override
    public String id() {
        return "unique-rule-id";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "Every rule file must have its own rule.rule_id.";
    }

    @Override
    public boolean strictOnDeprecatedRules() {
        return true;
    }

    @Override
    public List<Finding> check(List<RuleContext> rules) {
        List<Keyed> keyed = Duplicates.keyed(rules, rule -> true,
                rule -> rule.string("rule.rule_id").map(id -> new Keyed(rule, id, rule.position(RULE_ID))));
        List<Finding> findings = new ArrayList<>();
        Duplicates.report(keyed, (one, others) -> findings.add(finding(one.rule(), one.position(), "rule_id '"
                + one.key() + "' is also the rule_id of " + Duplicates.places(others)
                + ": give each rule its own UUID")));
        return findings;
    }
}
