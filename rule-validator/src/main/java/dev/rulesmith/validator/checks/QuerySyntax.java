package dev.rulesmith.validator.checks;

import dev.rulesmith.validator.check.RuleCheck;
import dev.rulesmith.validator.check.RuleContext;
import dev.rulesmith.validator.finding.Finding;
import dev.rulesmith.validator.finding.Severity;
import dev.rulesmith.validator.query.RuleQuery;
import java.util.List;

/** The rule's query does not parse in its language. */
public final class QuerySyntax implements RuleCheck {

    @Override
    public String id() {
        return "query-syntax";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "The rule's query must parse in its language (KQL, EQL, ES|QL).";
    }

    @Override
    public List<Finding> check(RuleContext context) {
        if (context.query() instanceof RuleQuery.Invalid invalid) {
            return List.of(finding(context.rule(),
                    invalid.text().toSource(invalid.error().line(), invalid.error().column()),
                    invalid.language() + " syntax error: " + invalid.error().reason()));
        }
        return List.of();
    }
}
