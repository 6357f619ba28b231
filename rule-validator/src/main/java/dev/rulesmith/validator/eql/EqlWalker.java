package dev.rulesmith.validator.eql;

import dev.rulesmith.validator.eql.EqlExpr.And;
import dev.rulesmith.validator.eql.EqlExpr.Arithmetic;
import dev.rulesmith.validator.eql.EqlExpr.Comparison;
import dev.rulesmith.validator.eql.EqlExpr.Field;
import dev.rulesmith.validator.eql.EqlExpr.FunctionCall;
import dev.rulesmith.validator.eql.EqlExpr.In;
import dev.rulesmith.validator.eql.EqlExpr.Negate;
import dev.rulesmith.validator.eql.EqlExpr.Not;
import dev.rulesmith.validator.eql.EqlExpr.Or;
import dev.rulesmith.validator.eql.EqlExpr.PatternMatch;
import dev.rulesmith.validator.eql.EqlQuery.EventQuery;
import dev.rulesmith.validator.eql.EqlQuery.Sample;
import dev.rulesmith.validator.eql.EqlQuery.Sequence;
import dev.rulesmith.validator.eql.EqlQuery.Step;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** Walks EQL trees without recursion (trees may be deep): expressions, field references, nesting depth. */
public final class EqlWalker {

    private EqlWalker() {
    }

    /** Every field reference of {@code query}, in source order. */
    public static List<Field> fields(EqlQuery query) {
        return expressions(query).stream().filter(Field.class::isInstance).map(Field.class::cast).toList();
    }

    /** Every expression of {@code query} (conditions, join keys and all their operands), in source order. */
    public static List<EqlExpr> expressions(EqlQuery query) {
        List<EqlExpr> all = new ArrayList<>();
        Deque<EqlExpr> pending = new ArrayDeque<>(roots(query));
        while (!pending.isEmpty()) {
            EqlExpr expr = pending.pop();
            all.add(expr);
            children(expr).forEach(pending::push);
        }
        all.sort(Comparator.comparingInt(e -> e.span().start()));
        return List.copyOf(all);
    }

    /** The first expression found nested deeper than {@code limit} levels, if any. */
    static Optional<EqlExpr> deeperThan(EqlQuery query, int limit) {
        Deque<EqlExpr> pending = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        for (EqlExpr root : roots(query)) {
            pending.push(root);
            depths.push(1);
        }
        while (!pending.isEmpty()) {
            EqlExpr expr = pending.pop();
            int depth = depths.pop();
            if (depth > limit) {
                return Optional.of(expr);
            }
            for (EqlExpr child : children(expr)) {
                pending.push(child);
                depths.push(depth + 1);
            }
        }
        return Optional.empty();
    }

    /** The conditions and join keys of a query. */
    static List<EqlExpr> roots(EqlQuery query) {
        List<EqlExpr> roots = new ArrayList<>();
        if (query instanceof EventQuery event) {
            roots.add(event.filter().condition());
        } else if (query instanceof Sequence sequence) {
            roots.addAll(sequence.by());
            sequence.steps().forEach(step -> addStep(roots, step));
            sequence.until().ifPresent(step -> addStep(roots, step));
        } else if (query instanceof Sample sample) {
            roots.addAll(sample.by());
            sample.steps().forEach(step -> addStep(roots, step));
        }
        return roots;
    }

    private static void addStep(List<EqlExpr> roots, Step step) {
        roots.add(step.filter().condition());
        roots.addAll(step.by());
    }

    /** The direct operands of an expression. */
    static List<EqlExpr> children(EqlExpr expr) {
        if (expr instanceof And and) {
            return and.operands();
        }
        if (expr instanceof Or or) {
            return or.operands();
        }
        if (expr instanceof Not not) {
            return List.of(not.operand());
        }
        if (expr instanceof Negate negate) {
            return List.of(negate.operand());
        }
        if (expr instanceof Comparison comparison) {
            return List.of(comparison.left(), comparison.right());
        }
        if (expr instanceof Arithmetic arithmetic) {
            return List.of(arithmetic.left(), arithmetic.right());
        }
        if (expr instanceof PatternMatch match) {
            List<EqlExpr> all = new ArrayList<>(match.patterns());
            all.add(0, match.value());
            return all;
        }
        if (expr instanceof In in) {
            List<EqlExpr> all = new ArrayList<>(in.candidates());
            all.add(0, in.value());
            return all;
        }
        if (expr instanceof FunctionCall call) {
            return call.arguments();
        }
        return List.of();
    }
}
