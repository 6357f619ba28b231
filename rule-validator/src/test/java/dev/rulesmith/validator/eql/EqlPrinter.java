package dev.rulesmith.validator.eql;

import dev.rulesmith.validator.eql.EqlExpr.And;
import dev.rulesmith.validator.eql.EqlExpr.Arithmetic;
import dev.rulesmith.validator.eql.EqlExpr.BooleanLiteral;
import dev.rulesmith.validator.eql.EqlExpr.Comparison;
import dev.rulesmith.validator.eql.EqlExpr.DecimalLiteral;
import dev.rulesmith.validator.eql.EqlExpr.Field;
import dev.rulesmith.validator.eql.EqlExpr.FunctionCall;
import dev.rulesmith.validator.eql.EqlExpr.In;
import dev.rulesmith.validator.eql.EqlExpr.IntegerLiteral;
import dev.rulesmith.validator.eql.EqlExpr.Negate;
import dev.rulesmith.validator.eql.EqlExpr.Not;
import dev.rulesmith.validator.eql.EqlExpr.NullLiteral;
import dev.rulesmith.validator.eql.EqlExpr.Or;
import dev.rulesmith.validator.eql.EqlExpr.PatternMatch;
import dev.rulesmith.validator.eql.EqlExpr.StringLiteral;
import dev.rulesmith.validator.eql.EqlQuery.EventFilter;
import dev.rulesmith.validator.eql.EqlQuery.EventQuery;
import dev.rulesmith.validator.eql.EqlQuery.Pipe;
import dev.rulesmith.validator.eql.EqlQuery.Sample;
import dev.rulesmith.validator.eql.EqlQuery.Sequence;
import dev.rulesmith.validator.eql.EqlQuery.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The canonical S-expression form of an EQL tree used by the parser spec: {@code (event process (== a 1))},
 * {@code (sequence (by k) (maxspan 5 s) (step (event any true)) ...)}, pipes wrap the query:
 * {@code (pipe QUERY (head 5))}.
 */
final class EqlPrinter {

    private EqlPrinter() {
    }

    static String print(EqlQuery query) {
        String body;
        if (query instanceof EventQuery event) {
            body = filter(event.filter());
        } else if (query instanceof Sequence sequence) {
            body = sequence(sequence);
        } else {
            Sample sample = (Sample) query;
            List<String> parts = new ArrayList<>();
            parts.add("sample");
            by(parts, sample.by());
            sample.steps().forEach(step -> parts.add(step(step)));
            body = list(parts);
        }
        if (query.pipes().isEmpty()) {
            return body;
        }
        return "(pipe " + body + " " + query.pipes().stream().map(EqlPrinter::pipe)
                .collect(Collectors.joining(" ")) + ")";
    }

    private static String sequence(Sequence sequence) {
        List<String> parts = new ArrayList<>();
        parts.add("sequence");
        by(parts, sequence.by());
        sequence.maxSpan().ifPresent(span -> parts.add("(maxspan " + span.amount() + " " + unit(span) + ")"));
        sequence.steps().forEach(step -> parts.add(step(step)));
        sequence.until().ifPresent(step -> parts.add("(until " + step(step) + ")"));
        return list(parts);
    }

    private static String unit(EqlQuery.MaxSpan span) {
        return switch (span.unit()) {
            case MILLISECONDS -> "ms";
            case SECONDS -> "s";
            case MINUTES -> "m";
            case HOURS -> "h";
            default -> "d";
        };
    }

    private static void by(List<String> parts, List<EqlExpr> keys) {
        if (!keys.isEmpty()) {
            parts.add(list("by", keys));
        }
    }

    private static String step(Step step) {
        List<String> parts = new ArrayList<>();
        parts.add(step.missing() ? "missing" : "step");
        parts.add(filter(step.filter()));
        by(parts, step.by());
        if (step.runs() != 1) {
            parts.add("(runs " + step.runs() + ")");
        }
        return list(parts);
    }

    private static String filter(EventFilter filter) {
        String category = filter.category().map(EqlPrinter::name).orElse("any");
        return "(event " + category + " " + expr(filter.condition()) + ")";
    }

    private static String pipe(Pipe pipe) {
        return "(" + pipe.kind().name().toLowerCase(Locale.ROOT) + " " + pipe.count() + ")";
    }

    static String expr(EqlExpr expr) {
        if (expr instanceof StringLiteral s) {
            return quote(s.value());
        }
        if (expr instanceof IntegerLiteral i) {
            return Long.toString(i.value());
        }
        if (expr instanceof DecimalLiteral d) {
            return Double.toString(d.value());
        }
        if (expr instanceof BooleanLiteral b) {
            return Boolean.toString(b.value());
        }
        if (expr instanceof NullLiteral) {
            return "null";
        }
        if (expr instanceof Field f) {
            return (f.optional() ? "?" : "") + name(f.name());
        }
        return compound(expr);
    }

    private static String compound(EqlExpr expr) {
        if (expr instanceof And and) {
            return list("and", and.operands());
        }
        if (expr instanceof Or or) {
            return list("or", or.operands());
        }
        if (expr instanceof Not not) {
            return list("not", List.of(not.operand()));
        }
        if (expr instanceof Negate negate) {
            return list("neg", List.of(negate.operand()));
        }
        if (expr instanceof Comparison c) {
            return list(c.operator().symbol(), List.of(c.left(), c.right()));
        }
        if (expr instanceof Arithmetic a) {
            return list(a.operator().symbol(), List.of(a.left(), a.right()));
        }
        if (expr instanceof PatternMatch m) {
            String op = m.operator().symbol() + (m.caseInsensitive() && m.operator() != EqlExpr.MatchOperator
                    .WILDCARD_EQUALS ? "~" : "");
            List<EqlExpr> operands = new ArrayList<>(m.patterns());
            operands.add(0, m.value());
            return list(op, operands);
        }
        if (expr instanceof In in) {
            List<EqlExpr> operands = new ArrayList<>(in.candidates());
            operands.add(0, in.value());
            return list((in.negated() ? "not-in" : "in") + (in.caseInsensitive() ? "~" : ""), operands);
        }
        FunctionCall call = (FunctionCall) expr;
        return list(call.function().displayName() + (call.caseInsensitive() ? "~" : ""), call.arguments());
    }

    private static String list(String head, List<? extends EqlExpr> operands) {
        List<String> parts = new ArrayList<>();
        parts.add(head);
        operands.forEach(operand -> parts.add(expr(operand)));
        return list(parts);
    }

    private static String list(List<String> parts) {
        return "(" + String.join(" ", parts) + ")";
    }

    private static String name(String name) {
        return name.matches("[A-Za-z_@][A-Za-z0-9_.@]*") ? name : "`" + name.replace("`", "``") + "`";
    }

    private static String quote(String value) {
        StringBuilder out = new StringBuilder("\"");
        value.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        out.append("\\u{").append(Integer.toHexString(c).toUpperCase(Locale.ROOT)).append('}');
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.append('"').toString();
    }
}
