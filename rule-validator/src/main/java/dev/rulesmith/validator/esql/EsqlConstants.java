package dev.rulesmith.validator.esql;

import dev.rulesmith.validator.esql.EsqlBaseParser.ConstantContext;
import java.math.BigInteger;
import java.util.Locale;

/** Builds literals: numbers typed by size, strings unescaped, time spans, lists and parameters. */
final class EsqlConstants {

    private static final BigInteger INT_MIN = BigInteger.valueOf(Integer.MIN_VALUE);
    private static final BigInteger INT_MAX = BigInteger.valueOf(Integer.MAX_VALUE);
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    EsqlExpr constant(ConstantContext ctx) {
        EsqlSpan at = EsqlNames.span(ctx);
        if (ctx instanceof EsqlBaseParser.NullLiteralContext) {
            return new EsqlExpr.Literal(null, at);
        }
        if (ctx instanceof EsqlBaseParser.TimeSpanLiteralContext span) {
            long amount = integral(new BigInteger(span.integer().getText()), span);
            return new EsqlExpr.TimeSpan(amount,
                    EsqlNames.identifier(span.identifier()).toLowerCase(Locale.ROOT), at);
        }
        if (ctx instanceof EsqlBaseParser.NumericLiteralContext number) {
            return new EsqlExpr.Literal(number(number.number()), at);
        }
        if (ctx instanceof EsqlBaseParser.BooleanLiteralContext bool) {
            return new EsqlExpr.Literal(bool.TRUE() != null, at);
        }
        if (ctx instanceof EsqlBaseParser.StringLiteralContext string) {
            return new EsqlExpr.Literal(string(string.string()), at);
        }
        if (ctx instanceof EsqlBaseParser.ParameterLiteralContext parameter) {
            return new EsqlExpr.Param(parameter.getText().substring(1), at);
        }
        EsqlBaseParser.ListLiteralContext list = (EsqlBaseParser.ListLiteralContext) ctx;
        return new EsqlExpr.ListLiteral(list.listItem().stream().map(this::item).toList(), at);
    }

    private EsqlExpr.Literal item(EsqlBaseParser.ListItemContext ctx) {
        EsqlSpan at = EsqlNames.span(ctx);
        if (ctx.number() != null) {
            Number number = number(ctx.number());
            return new EsqlExpr.Literal(ctx.MINUS() != null ? negate(number) : number, at);
        }
        if (ctx.string() != null) {
            return new EsqlExpr.Literal(string(ctx.string()), at);
        }
        return new EsqlExpr.Literal(ctx.NULL() != null ? null : (Object) (ctx.TRUE() != null), at);
    }

    /** The value of a string literal: escapes resolved in {@code "..."}, none in {@code """..."""}. */
    String string(EsqlBaseParser.StringContext ctx) {
        String text = ctx.getText();
        if (ctx.TRIPLE_STRING() != null) {
            return text.substring(3, text.length() - 3);
        }
        StringBuilder value = new StringBuilder(text.length());
        for (int i = 1; i < text.length() - 1; i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                c = text.charAt(++i);
                c = c == 't' ? '\t' : c == 'n' ? '\n' : c == 'r' ? '\r' : c;
            }
            value.append(c);
        }
        return value.toString();
    }

    private static Number number(EsqlBaseParser.NumberContext ctx) {
        if (ctx.DECIMAL() != null) {
            return Double.parseDouble(ctx.getText());
        }
        BigInteger value = new BigInteger(ctx.getText());
        if (value.compareTo(INT_MAX) <= 0) {
            return value.intValue();
        }
        return value.compareTo(LONG_MAX) <= 0 ? (Number) value.longValue() : value;
    }

    /** {@code -number}, keeping the smallest type that holds it. */
    static Number negate(Number number) {
        if (number instanceof Double d) {
            return -d;
        }
        BigInteger value = number instanceof BigInteger big ? big.negate() : BigInteger.valueOf(number.longValue())
                .negate();
        if (value.compareTo(INT_MIN) >= 0 && value.compareTo(INT_MAX) <= 0) {
            return value.intValue();
        }
        return value.compareTo(LONG_MIN) >= 0 && value.compareTo(LONG_MAX) <= 0 ? (Number) value.longValue() : value;
    }

    private static long integral(BigInteger value, ConstantContext ctx) {
        if (value.compareTo(LONG_MAX) > 0) {
            throw EsqlExpressions.error(ctx, "time span amount " + value + " is too large");
        }
        return value.longValue();
    }
}
