package dev.rulesmith.validator.esql;

import dev.rulesmith.validator.esql.EsqlCommand.Assignment;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Renders ES|QL trees for the parser spec: commands joined by " | ", expressions as s-expressions. */
final class EsqlPrinter {

    private EsqlPrinter() {
    }

    static String print(EsqlQuery query) {
        return query.commands().stream().map(EsqlPrinter::command).collect(Collectors.joining(" | "));
    }

    static String command(EsqlCommand c) {
        if (c instanceof EsqlCommand.From from) {
            return "FROM " + String.join(", ", from.indices()) + (from.metadata().isEmpty() ? ""
                    : " METADATA " + join(from.metadata(), EsqlExpr.Field::name));
        }
        if (c instanceof EsqlCommand.Where where) {
            return "WHERE " + expr(where.condition());
        }
        if (c instanceof EsqlCommand.Eval eval) {
            return "EVAL " + join(eval.assignments(), EsqlPrinter::assignment);
        }
        if (c instanceof EsqlCommand.Row row) {
            return "ROW " + join(row.assignments(), EsqlPrinter::assignment);
        }
        if (c instanceof EsqlCommand.Stats stats) {
            return (stats.inline() ? "INLINE STATS " : "STATS ") + join(stats.aggregates(), a -> name(a.target())
                    + " = " + expr(a.value()) + a.filter().map(f -> " WHERE " + expr(f)).orElse(""))
                    + (stats.groupings().isEmpty() ? "" : " BY " + join(stats.groupings(), EsqlPrinter::assignment));
        }
        if (c instanceof EsqlCommand.Keep keep) {
            return "KEEP " + join(keep.patterns(), EsqlCommand.NamePattern::pattern);
        }
        if (c instanceof EsqlCommand.Drop drop) {
            return "DROP " + join(drop.patterns(), EsqlCommand.NamePattern::pattern);
        }
        if (c instanceof EsqlCommand.Rename rename) {
            return "RENAME " + join(rename.renamings(), r -> r.from().pattern() + " AS " + r.to().pattern());
        }
        if (c instanceof EsqlCommand.Sort sort) {
            return "SORT " + join(sort.orders(), o -> expr(o.key()) + (o.ascending() ? " ASC" : " DESC")
                    + (o.nullsFirst() ? " NULLS FIRST" : " NULLS LAST"));
        }
        return other(c);
    }

    private static String other(EsqlCommand c) {
        if (c instanceof EsqlCommand.Limit limit) {
            return "LIMIT " + limit.count();
        }
        if (c instanceof EsqlCommand.MvExpand expand) {
            return "MV_EXPAND " + name(expand.field());
        }
        if (c instanceof EsqlCommand.Dissect dissect) {
            return "DISSECT " + expr(dissect.input()) + " " + quote(dissect.pattern())
                    + dissect.appendSeparator().map(s -> " APPEND_SEPARATOR=" + quote(s)).orElse("");
        }
        if (c instanceof EsqlCommand.Grok grok) {
            return "GROK " + expr(grok.input()) + " " + join(grok.patterns(), EsqlPrinter::quote);
        }
        EsqlCommand.Unsupported unsupported = (EsqlCommand.Unsupported) c;
        return "UNSUPPORTED " + unsupported.name() + " " + quote(unsupported.text());
    }

    private static String assignment(Assignment a) {
        return name(a.target()) + " = " + expr(a.value());
    }

    static String expr(EsqlExpr e) {
        if (e instanceof EsqlExpr.Literal literal) {
            return literal(literal.value());
        }
        if (e instanceof EsqlExpr.TimeSpan span) {
            return "(span " + span.amount() + " " + span.unit() + ")";
        }
        if (e instanceof EsqlExpr.ListLiteral list) {
            return "[" + join(list.values(), EsqlPrinter::expr) + "]";
        }
        if (e instanceof EsqlExpr.Field field) {
            return name(field);
        }
        if (e instanceof EsqlExpr.Param param) {
            return "?" + param.name();
        }
        if (e instanceof EsqlExpr.Star) {
            return "*";
        }
        if (e instanceof EsqlExpr.Call call) {
            return call.name() + "(" + join(call.args(), EsqlPrinter::expr) + ")";
        }
        if (e instanceof EsqlExpr.MapLiteral map) {
            return "{" + map.entries().entrySet().stream().map(EsqlPrinter::entry).collect(Collectors.joining(", "))
                    + "}";
        }
        if (e instanceof EsqlExpr.Binary binary) {
            return "(" + binary.op().symbol() + " " + expr(binary.left()) + " " + expr(binary.right()) + ")";
        }
        return operator(e);
    }

    private static String operator(EsqlExpr e) {
        if (e instanceof EsqlExpr.Negate negate) {
            return "(- " + expr(negate.operand()) + ")";
        }
        if (e instanceof EsqlExpr.Not not) {
            return "(not " + expr(not.operand()) + ")";
        }
        if (e instanceof EsqlExpr.IsNull isNull) {
            return "(" + (isNull.negated() ? "is-not-null " : "is-null ") + expr(isNull.operand()) + ")";
        }
        if (e instanceof EsqlExpr.In in) {
            return "(" + (in.negated() ? "not-in " : "in ") + expr(in.value()) + " [" + join(in.list(),
                    EsqlPrinter::expr) + "])";
        }
        if (e instanceof EsqlExpr.Like like) {
            return "(" + (like.negated() ? "not-" : "") + (like.regex() ? "rlike " : "like ") + expr(like.value())
                    + " " + join(like.patterns(), EsqlPrinter::quote).replace(", ", " ") + ")";
        }
        EsqlExpr.Cast cast = (EsqlExpr.Cast) e;
        return "(:: " + expr(cast.operand()) + " " + cast.type() + ")";
    }

    private static String entry(Map.Entry<String, EsqlExpr> entry) {
        return quote(entry.getKey()) + ": " + expr(entry.getValue());
    }

    private static String literal(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String string) {
            return quote(string);
        }
        if (value instanceof Long) {
            return value + "L";
        }
        return value instanceof BigInteger ? value + "N" : value.toString();
    }

    private static String name(EsqlExpr.Field field) {
        return field.name().matches("[A-Za-z_@][A-Za-z0-9_.@*]*") ? field.name()
                : "`" + field.name().replace("`", "``") + "`";
    }

    static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\t", "\\t")
                .replace("\r", "\\r") + "\"";
    }

    private static <T> String join(List<T> items, Function<T, String> render) {
        return items.stream().map(render).collect(Collectors.joining(", "));
    }
}
