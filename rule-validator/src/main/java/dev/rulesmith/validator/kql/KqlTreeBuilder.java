package dev.rulesmith.validator.kql;

import dev.rulesmith.validator.kql.KqlBaseParser.AndQueryContext;
import dev.rulesmith.validator.kql.KqlBaseParser.AndValuesContext;
import dev.rulesmith.validator.kql.KqlBaseParser.FieldNameContext;
import dev.rulesmith.validator.kql.KqlBaseParser.ListOfValuesContext;
import dev.rulesmith.validator.kql.KqlBaseParser.NotQueryContext;
import dev.rulesmith.validator.kql.KqlBaseParser.NotValuesContext;
import dev.rulesmith.validator.kql.KqlBaseParser.OrQueryContext;
import dev.rulesmith.validator.kql.KqlBaseParser.OrValuesContext;
import dev.rulesmith.validator.kql.KqlBaseParser.SimpleQueryContext;
import dev.rulesmith.validator.kql.KqlBaseParser.ValueContext;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/** Turns the ANTLR parse tree into the immutable {@link KqlNode} tree. */
final class KqlTreeBuilder {

    private final String source;

    KqlTreeBuilder(String source) {
        this.source = source;
    }

    KqlNode build(KqlBaseParser.TopLevelQueryContext top) {
        return top.orQuery() == null ? new KqlNode.MatchAll(new Span(0, 0, 1, 1)) : or(top.orQuery());
    }

    private KqlNode or(OrQueryContext ctx) {
        return combine(ctx.andQuery().stream().map(this::and).toList(), span(ctx), true);
    }

    private KqlNode and(AndQueryContext ctx) {
        return combine(ctx.notQuery().stream().map(this::not).toList(), span(ctx), false);
    }

    private KqlNode not(NotQueryContext ctx) {
        if (ctx instanceof KqlBaseParser.NegationContext negation) {
            return new KqlNode.Not(simple(negation.simpleQuery()), span(ctx));
        }
        return simple(((KqlBaseParser.PlainContext) ctx).simpleQuery());
    }

    private KqlNode simple(SimpleQueryContext ctx) {
        if (ctx instanceof KqlBaseParser.ParenthesizedContext p) {
            return or(p.orQuery());
        }
        if (ctx instanceof KqlBaseParser.NestedContext n) {
            return new KqlNode.Nested(field(n.fieldName()), or(n.orQuery()), span(ctx));
        }
        if (ctx instanceof KqlBaseParser.RangeContext r) {
            return new KqlNode.Range(field(r.fieldName()), operator(r.OP_COMPARE().getText()), value(r.value()),
                    span(ctx));
        }
        if (ctx instanceof KqlBaseParser.FieldValueContext f) {
            return values(f.listOfValues(), field(f.fieldName()));
        }
        KqlValue value = value(((KqlBaseParser.FreeTextContext) ctx).value());
        return isStar(value) ? new KqlNode.MatchAll(span(ctx)) : new KqlNode.Match(Optional.empty(), value, span(ctx));
    }

    private KqlNode fieldMatch(KqlField field, ValueContext valueCtx) {
        KqlValue value = value(valueCtx);
        Span span = span(field.span(), valueCtx);
        if (isStar(value)) {
            return field.wildcard() && field.name().equals("*") ? new KqlNode.MatchAll(span)
                    : new KqlNode.Exists(field, span);
        }
        return new KqlNode.Match(Optional.of(field), value, span);
    }

    /** A value list: its nodes span from the field name, so that they contain their leaves. */
    private KqlNode values(ListOfValuesContext ctx, KqlField field) {
        return ctx.value() != null ? fieldMatch(field, ctx.value()) : orValues(ctx.orValues(), field);
    }

    private KqlNode orValues(OrValuesContext ctx, KqlField field) {
        return combine(ctx.andValues().stream().map(a -> andValues(a, field)).toList(), span(field.span(), ctx), true);
    }

    private KqlNode andValues(AndValuesContext ctx, KqlField field) {
        return combine(ctx.notValues().stream().map(n -> notValues(n, field)).toList(), span(field.span(), ctx),
                false);
    }

    private KqlNode notValues(NotValuesContext ctx, KqlField field) {
        if (ctx instanceof KqlBaseParser.NegatedValuesContext negated) {
            return new KqlNode.Not(values(negated.listOfValues(), field), span(field.span(), ctx));
        }
        return values(((KqlBaseParser.PlainValuesContext) ctx).listOfValues(), field);
    }

    private static KqlNode combine(List<KqlNode> clauses, Span span, boolean or) {
        if (clauses.size() == 1) {
            return clauses.get(0);
        }
        return or ? new KqlNode.Or(clauses, span) : new KqlNode.And(clauses, span);
    }

    private KqlField field(FieldNameContext ctx) {
        KqlValue name = literal(ctx, ctx.QUOTED_STRING() != null);
        return new KqlField(name.text(), name.isWildcard(), span(ctx));
    }

    private KqlValue value(ValueContext ctx) {
        return literal(ctx, ctx.QUOTED_STRING() != null);
    }

    /** The source text from the first to the last token (inner whitespace kept, as Kibana does), unescaped. */
    private KqlValue literal(ParserRuleContext ctx, boolean quoted) {
        String raw = source.substring(ctx.getStart().getStartIndex(), ctx.getStop().getStopIndex() + 1);
        return quoted ? KqlEscapes.quoted(raw) : KqlEscapes.unquoted(raw);
    }

    private static boolean isStar(KqlValue value) {
        return !value.quoted() && value.isWildcard() && value.text().equals("*");
    }

    private static KqlNode.RangeOperator operator(String symbol) {
        return switch (symbol) {
            case "<" -> KqlNode.RangeOperator.LT;
            case "<=" -> KqlNode.RangeOperator.LTE;
            case ">" -> KqlNode.RangeOperator.GT;
            default -> KqlNode.RangeOperator.GTE;
        };
    }

    private static Span span(ParserRuleContext ctx) {
        Token start = ctx.getStart();
        Token stop = ctx.getStop() == null ? start : ctx.getStop();
        return new Span(start.getStartIndex(), Math.max(start.getStartIndex(), stop.getStopIndex() + 1),
                start.getLine(), start.getCharPositionInLine() + 1);
    }

    private static Span span(Span from, ParserRuleContext to) {
        Span end = span(to);
        return new Span(from.start(), end.end(), from.line(), from.column());
    }
}
