package dev.rulesmith.validator.esql;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Walks ES|QL trees without recursion: children of an expression, the expressions of a command, field references. */
public final class EsqlWalk {

    private EsqlWalk() {
    }

    /** The direct sub-expressions of {@code expr}, in written order. */
    public static List<EsqlExpr> children(EsqlExpr expr) {
        if (expr instanceof EsqlExpr.Call call) {
            return call.args();
        }
        if (expr instanceof EsqlExpr.MapLiteral map) {
            return List.copyOf(map.entries().values());
        }
        if (expr instanceof EsqlExpr.ListLiteral list) {
            return List.copyOf(list.values());
        }
        if (expr instanceof EsqlExpr.Binary binary) {
            return List.of(binary.left(), binary.right());
        }
        if (expr instanceof EsqlExpr.In in) {
            List<EsqlExpr> all = new ArrayList<>(in.list().size() + 1);
            all.add(in.value());
            all.addAll(in.list());
            return all;
        }
        return unary(expr).map(List::of).orElse(List.of());
    }

    private static Optional<EsqlExpr> unary(EsqlExpr expr) {
        if (expr instanceof EsqlExpr.Negate negate) {
            return Optional.of(negate.operand());
        }
        if (expr instanceof EsqlExpr.Not not) {
            return Optional.of(not.operand());
        }
        if (expr instanceof EsqlExpr.IsNull isNull) {
            return Optional.of(isNull.operand());
        }
        if (expr instanceof EsqlExpr.Like like) {
            return Optional.of(like.value());
        }
        if (expr instanceof EsqlExpr.Cast cast) {
            return Optional.of(cast.operand());
        }
        return Optional.empty();
    }

    /** The expressions a command evaluates, in written order (names it creates or patterns it takes excluded). */
    public static List<EsqlExpr> expressions(EsqlCommand command) {
        List<EsqlExpr> all = new ArrayList<>();
        if (command instanceof EsqlCommand.Where where) {
            all.add(where.condition());
        } else if (command instanceof EsqlCommand.Eval eval) {
            eval.assignments().forEach(a -> all.add(a.value()));
        } else if (command instanceof EsqlCommand.Row row) {
            row.assignments().forEach(a -> all.add(a.value()));
        } else if (command instanceof EsqlCommand.Stats stats) {
            stats.aggregates().forEach(a -> {
                all.add(a.value());
                a.filter().ifPresent(all::add);
            });
            stats.groupings().forEach(g -> all.add(g.value()));
        } else if (command instanceof EsqlCommand.Sort sort) {
            sort.orders().forEach(o -> all.add(o.key()));
        } else if (command instanceof EsqlCommand.MvExpand expand) {
            all.add(expand.field());
        } else if (command instanceof EsqlCommand.Dissect dissect) {
            all.add(dissect.input());
        } else if (command instanceof EsqlCommand.Grok grok) {
            all.add(grok.input());
        }
        return all;
    }

    /** Every column reference in {@code expr}, in written order. */
    public static List<EsqlExpr.Field> fields(EsqlExpr expr) {
        List<EsqlExpr.Field> fields = new ArrayList<>();
        Deque<EsqlExpr> pending = new ArrayDeque<>();
        pending.push(expr);
        while (!pending.isEmpty()) {
            EsqlExpr next = pending.pop();
            if (next instanceof EsqlExpr.Field field) {
                fields.add(field);
            }
            List<EsqlExpr> children = children(next);
            for (int i = children.size() - 1; i >= 0; i--) {
                pending.push(children.get(i));
            }
        }
        return fields;
    }

    /** The position of the first command holding an expression nested deeper than {@code limit}, if any. */
    static Optional<EsqlPosition> deepest(EsqlQuery query, int limit) {
        for (EsqlCommand command : query.commands()) {
            for (EsqlExpr expr : expressions(command)) {
                if (depth(expr) > limit) {
                    return Optional.of(command.position());
                }
            }
        }
        return Optional.empty();
    }

    private static int depth(EsqlExpr expr) {
        int deepest = 0;
        Deque<Map.Entry<EsqlExpr, Integer>> pending = new ArrayDeque<>();
        pending.push(Map.entry(expr, 1));
        while (!pending.isEmpty()) {
            Map.Entry<EsqlExpr, Integer> next = pending.pop();
            deepest = Math.max(deepest, next.getValue());
            for (EsqlExpr child : children(next.getKey())) {
                pending.push(Map.entry(child, next.getValue() + 1));
            }
        }
        return deepest;
    }
}
