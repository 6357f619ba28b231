package dev.rulesmith.validator.esql;

import dev.rulesmith.validator.esql.EsqlBaseParser.BooleanExpressionContext;
import dev.rulesmith.validator.esql.EsqlBaseParser.OperatorExpressionContext;
import dev.rulesmith.validator.esql.EsqlBaseParser.PrimaryExpressionContext;
import dev.rulesmith.validator.esql.EsqlBaseParser.ValueExpressionContext;
import dev.rulesmith.validator.esql.EsqlExpr.Op;
import dev.rulesmith.validator.query.QuerySyntaxException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/** Builds {@link EsqlExpr} trees from the parse tree of expressions. */
final class EsqlExpressions {

    private final EsqlConstants constants = new EsqlConstants();

    EsqlExpr bool(BooleanExpressionContext ctx) {
        if (ctx instanceof EsqlBaseParser.LogicalNotContext not) {
            return new EsqlExpr.Not(bool(not.booleanExpression()));
        }
        if (ctx instanceof EsqlBaseParser.BooleanDefaultContext value) {
            return value(value.valueExpression());
        }
        if (ctx instanceof EsqlBaseParser.LogicalBinaryContext binary) {
            Op op = binary.operator.getType() == EsqlBaseLexer.AND ? Op.AND : Op.OR;
            return new EsqlExpr.Binary(op, bool(binary.left), bool(binary.right));
        }
        if (ctx instanceof EsqlBaseParser.LikeExpressionContext like) {
            return new EsqlExpr.Like(value(like.valueExpression()), List.of(constants.string(like.string())),
                    like.RLIKE() != null, like.NOT() != null);
        }
        if (ctx instanceof EsqlBaseParser.LikeListExpressionContext like) {
            return new EsqlExpr.Like(value(like.valueExpression()),
                    like.string().stream().map(constants::string).toList(), like.RLIKE() != null, like.NOT() != null);
        }
        if (ctx instanceof EsqlBaseParser.InExpressionContext in) {
            List<ValueExpressionContext> values = in.valueExpression();
            return new EsqlExpr.In(value(values.get(0)),
                    values.subList(1, values.size()).stream().map(this::value).toList(), in.NOT() != null);
        }
        if (ctx instanceof EsqlBaseParser.IsNullContext isNull) {
            return new EsqlExpr.IsNull(value(isNull.valueExpression()), isNull.NOT() != null);
        }
        EsqlBaseParser.MatchExpressionContext match = (EsqlBaseParser.MatchExpressionContext) ctx;
        EsqlExpr field = field(match.qualifiedName());
        if (match.dataType() != null) {
            field = new EsqlExpr.Cast(field, match.dataType().getText().toLowerCase(Locale.ROOT));
        }
        return new EsqlExpr.Binary(Op.MATCH, field, constants.constant(match.constant()));
    }

    EsqlExpr value(ValueExpressionContext ctx) {
        if (ctx instanceof EsqlBaseParser.ValueDefaultContext value) {
            return operator(value.operatorExpression());
        }
        EsqlBaseParser.ComparisonContext comparison = (EsqlBaseParser.ComparisonContext) ctx;
        return new EsqlExpr.Binary(op(comparison.operator), operator(comparison.left), operator(comparison.right));
    }

    private EsqlExpr operator(OperatorExpressionContext ctx) {
        if (ctx instanceof EsqlBaseParser.OperatorDefaultContext primary) {
            return primary(primary.primaryExpression());
        }
        if (ctx instanceof EsqlBaseParser.ArithmeticUnaryContext unary) {
            EsqlExpr operand = operator(unary.operatorExpression());
            return unary.operator.getType() == EsqlBaseLexer.PLUS ? operand : negate(operand);
        }
        EsqlBaseParser.ArithmeticBinaryContext binary = (EsqlBaseParser.ArithmeticBinaryContext) ctx;
        return new EsqlExpr.Binary(op(binary.operator), operator(binary.left), operator(binary.right));
    }

    EsqlExpr primary(PrimaryExpressionContext ctx) {
        if (ctx instanceof EsqlBaseParser.ConstantExpressionContext constant) {
            return constants.constant(constant.constant());
        }
        if (ctx instanceof EsqlBaseParser.DereferenceContext dereference) {
            return field(dereference.qualifiedName());
        }
        if (ctx instanceof EsqlBaseParser.FunctionCallContext call) {
            return call(call);
        }
        if (ctx instanceof EsqlBaseParser.ParenthesizedContext parenthesized) {
            return bool(parenthesized.booleanExpression());
        }
        EsqlBaseParser.InlineCastContext cast = (EsqlBaseParser.InlineCastContext) ctx;
        return new EsqlExpr.Cast(primary(cast.primaryExpression()),
                EsqlNames.identifier(cast.dataType().identifier()).toLowerCase(Locale.ROOT));
    }

    EsqlExpr.Field field(EsqlBaseParser.QualifiedNameContext ctx) {
        return new EsqlExpr.Field(EsqlNames.qualified(ctx), EsqlNames.position(ctx.getStart()));
    }

    private EsqlExpr call(EsqlBaseParser.FunctionCallContext ctx) {
        EsqlBaseParser.FunctionNameContext function = ctx.functionName();
        String name = (function.identifier() != null ? EsqlNames.identifier(function.identifier())
                : function.getText()).toLowerCase(Locale.ROOT);
        EsqlPosition position = EsqlNames.position(ctx.getStart());
        if (ctx.ASTERISK() != null) {
            return new EsqlExpr.Call(name, List.of(new EsqlExpr.Star()), position);
        }
        if (ctx.functionArguments() == null) {
            return new EsqlExpr.Call(name, List.of(), position);
        }
        List<EsqlBaseParser.FunctionArgumentContext> args = ctx.functionArguments().functionArgument();
        for (int i = 0; i < args.size() - 1; i++) {
            if (args.get(i).mapExpression() != null) {
                throw error(args.get(i), "the options map {...} must be the last argument of " + name);
            }
        }
        return new EsqlExpr.Call(name, args.stream().map(this::argument).toList(), position);
    }

    private EsqlExpr argument(EsqlBaseParser.FunctionArgumentContext ctx) {
        return ctx.mapExpression() != null ? map(ctx.mapExpression()) : bool(ctx.booleanExpression());
    }

    private EsqlExpr.MapLiteral map(EsqlBaseParser.MapExpressionContext ctx) {
        Map<String, EsqlExpr> entries = new LinkedHashMap<>();
        for (EsqlBaseParser.MapEntryContext entry : ctx.mapEntry()) {
            String key = constants.string(entry.string());
            EsqlBaseParser.MapValueContext value = entry.mapValue();
            EsqlExpr built = value.mapExpression() != null ? map(value.mapExpression())
                    : constants.constant(value.constant());
            if (entries.put(key, built) != null) {
                throw error(entry, "option \"" + key + "\" is given twice");
            }
        }
        return new EsqlExpr.MapLiteral(entries);
    }

    private static EsqlExpr negate(EsqlExpr operand) {
        if (operand instanceof EsqlExpr.Literal literal && literal.value() instanceof Number number) {
            return new EsqlExpr.Literal(EsqlConstants.negate(number));
        }
        if (operand instanceof EsqlExpr.TimeSpan span) {
            return new EsqlExpr.TimeSpan(-span.amount(), span.unit());
        }
        return new EsqlExpr.Negate(operand);
    }

    private static Op op(Token token) {
        return switch (token.getType()) {
            case EsqlBaseLexer.EQ -> Op.EQ;
            case EsqlBaseLexer.NEQ -> Op.NEQ;
            case EsqlBaseLexer.LT -> Op.LT;
            case EsqlBaseLexer.LTE -> Op.LTE;
            case EsqlBaseLexer.GT -> Op.GT;
            case EsqlBaseLexer.GTE -> Op.GTE;
            case EsqlBaseLexer.PLUS -> Op.ADD;
            case EsqlBaseLexer.MINUS -> Op.SUB;
            case EsqlBaseLexer.ASTERISK -> Op.MUL;
            case EsqlBaseLexer.SLASH -> Op.DIV;
            default -> Op.MOD;
        };
    }

    static QuerySyntaxException error(ParserRuleContext ctx, String reason) {
        return new QuerySyntaxException(ctx.getStart().getLine(), ctx.getStart().getCharPositionInLine() + 1, reason);
    }
}
