package dev.rulesmith.validator.checks;

import dev.rulesmith.validator.check.RuleCheck;
import dev.rulesmith.validator.check.RuleContext;
import dev.rulesmith.validator.esql.EsqlCommand;
import dev.rulesmith.validator.esql.EsqlExpr;
import dev.rulesmith.validator.esql.EsqlReference;
import dev.rulesmith.validator.esql.EsqlWalk;
import dev.rulesmith.validator.finding.Finding;
import dev.rulesmith.validator.finding.Severity;
import dev.rulesmith.validator.query.RuleQuery;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An ES|QL query compares an index field with a literal of a type Elasticsearch does not convert to the field's type,
 * or pattern-matches a field that is not a string. Elasticsearch rejects the query ("first argument of [...] is
 * [long] so second argument must also be [long] but was [keyword]").
 */
public final class EsqlFieldType implements RuleCheck {

    @Override
    public String id() {
        return "esql-field-type";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "ES|QL comparisons, IN lists and LIKE/RLIKE must suit the types of the index fields they use.";
    }

    @Override
    public List<Finding> check(RuleContext context) {
        if (!(context.query() instanceof RuleQuery.Esql esql)) {
            return List.of();
        }
        Map<EsqlExpr.Field, EsqlReference> references = EsqlFields.references(esql).stream()
                .collect(Collectors.toMap(EsqlReference::field, Function.identity(), (a, b) -> a));
        Function<EsqlExpr, Optional<String>> typeOf = expr -> expr instanceof EsqlExpr.Field field
                && references.containsKey(field) && references.get(field).kind() == EsqlReference.Kind.SOURCE
                ? context.fields().typeOf(field.name()) : Optional.empty();
        List<Finding> findings = new ArrayList<>();
        for (EsqlCommand command : esql.ast().commands()) {
            for (EsqlExpr root : EsqlWalk.expressions(command)) {
                for (EsqlExpr expr : all(root)) {
                    EsqlTypeRules.problem(expr, typeOf).ifPresent(problem -> findings.add(finding(context.rule(),
                            esql.text().toSource(problem.field().position().line(),
                                    problem.field().position().column()), problem.message())));
                }
            }
        }
        return findings;
    }

    private static List<EsqlExpr> all(EsqlExpr root) {
        List<EsqlExpr> all = new ArrayList<>();
        Deque<EsqlExpr> pending = new ArrayDeque<>(List.of(root));
        while (!pending.isEmpty()) {
            EsqlExpr next = pending.pop();
            all.add(next);
            EsqlWalk.children(next).forEach(pending::push);
        }
        return all;
    }
}
