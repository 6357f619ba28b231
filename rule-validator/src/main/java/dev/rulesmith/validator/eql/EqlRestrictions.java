package dev.rulesmith.validator.eql;

import dev.rulesmith.validator.eql.EqlExpr.Comparison;
import dev.rulesmith.validator.eql.EqlExpr.Field;
import dev.rulesmith.validator.eql.EqlExpr.In;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Checks of a built tree that Elasticsearch makes when it plans a query: a comparison needs a constant on one side,
 * and the candidates of {@code in} must be constants ("Comparisons against fields are not (currently) supported").
 * Optional fields are given the benefit of the doubt.
 */
final class EqlRestrictions {

    private EqlRestrictions() {
    }

    /** Throws a positioned syntax error for the first offending expression in source order. */
    static void check(EqlQuery query) {
        Deque<EqlExpr> pending = new ArrayDeque<>();
        pushInOrder(pending, EqlWalker.roots(query));
        while (!pending.isEmpty()) {
            EqlExpr expr = pending.pop();
            if (expr instanceof Comparison comparison && !isConstant(comparison.left())
                    && !isConstant(comparison.right())) {
                throw fieldComparison(comparison.right(), comparison.operator().symbol());
            }
            if (expr instanceof In in) {
                in.candidates().stream().filter(candidate -> !isConstant(candidate)).findFirst()
                        .ifPresent(candidate -> {
                            throw fieldComparison(candidate, in.negated() ? "not in" : "in");
                        });
            }
            pushInOrder(pending, EqlWalker.children(expr));
        }
    }

    /** Pushes {@code exprs} so that the first is popped first. */
    private static void pushInOrder(Deque<EqlExpr> pending, List<EqlExpr> exprs) {
        for (int i = exprs.size() - 1; i >= 0; i--) {
            pending.push(exprs.get(i));
        }
    }

    /**
     * Whether {@code expr} may fold to a constant: it refers to no field other than optional ones ({@code ?x} is the
     * constant null when the field is not mapped, which only the index mapping can tell). Recursion is bounded by
     * the depth limit.
     */
    static boolean isConstant(EqlExpr expr) {
        if (expr instanceof Field field) {
            return field.optional();
        }
        return EqlWalker.children(expr).stream().allMatch(EqlRestrictions::isConstant);
    }

    private static RuntimeException fieldComparison(EqlExpr offender, String operator) {
        return Positions.error(offender.span(), "comparisons between fields are not supported by Elasticsearch EQL "
                + "(offender " + describe(offender) + " in '" + operator + "'); compare with a constant");
    }

    private static String describe(EqlExpr expr) {
        return expr instanceof Field field ? "'" + field.name() + "'" : "a non-constant expression";
    }
}
