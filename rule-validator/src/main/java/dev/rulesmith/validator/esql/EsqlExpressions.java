package dev.rulesmith.validator.esql;

import dev.rulesmith.validator.esql.EsqlBaseParser.BooleanExpressionContext;
import dev.rulesmith.validator.esql.EsqlBaseParser.OperatorExpressionContext;
import dev.rulesmith.validator.esql.EsqlBaseParser.PrimaryExpressionContext;
import dev.rulesmith.validator.esql.EsqlBaseParser.ValueExpressionContext;
import dev.rulesmith.validator.esql.EsqlExpr.Op;
import dev.rulesmith.validator.query.QuerySyntaxException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/** Builds {@link EsqlExpr} trees from the parse tree of expressions. */
final class EsqlExpressions {

    /** The longest AND or OR chain built as written; longer ones are balanced. */
    static final int LEFT_DEEP_CHAIN = 64;

    private final EsqlConstants constants = new EsqlConstants();

    EsqlExpr bool(BooleanExpressionContext ctx) {
        if (ctx instanceof EsqlBaseParser.LogicalNotContext not) {
            return new EsqlExpr.Not(bool(not.booleanExpression()), EsqlNames.span(ctx));
        }
        if (ctx instanceof EsqlBaseParser.LogicalBinaryContext binary) {
            return chain(binary);
        }
        EsqlBaseParser.PredicatedContext predicated = (EsqlBaseParser.PredicatedContext) ctx;
        EsqlExpr value = value(predicated.valueExpression());
        return predicated.predicate() == null ? value
                : predicate(value, predicated.predicate(), EsqlNames.span(predicated));
    }

    /**
     * A chain of one logical operator ({@code a or b or c}), read without recursing down its spine. Chains of up
     * to {@value #LEFT_DEEP_CHAIN} operands are built left-deep, as written; longer ones balanced, which AND and OR
     * allow, so that the tree stays shallow enough for evaluators to recurse.
     */
    private EsqlExpr chain(EsqlBaseParser.LogicalBinaryContext ctx) {
        int type = ctx.operator.getType();
        Op op = type == EsqlBaseLexer.AND ? Op.AND : Op.OR;
        List<BooleanExpressionContext> operands = new ArrayList<>();
        BooleanExpressionContext left = ctx;
        while (left instanceof EsqlBaseParser.LogicalBinaryContext binary && binary.operator.getType() == type) {
            operands.add(binary.right);
            left = binary.left;
        }
        operands.add(left);
        Collections.reverse(operands);
        List<EsqlExpr> built = operands.stream().map(this::bool).toList();
        if (built.size() > LEFT_DEEP_CHAIN) {
            return balanced(op, built, operands);
        }
        EsqlExpr result = built.get(0);
        for (int i = 1; i < built.size(); i++) {
            result = new EsqlExpr.Binary(op, result, built.get(i), EsqlNames.span(operands.get(0).getStart(),
                    operands.get(i).getStop()));
        }
        return result;
    }

    /** Operands and their parse-tree nodes (whose spans include any parentheses around the operand). */
    private static EsqlExpr balanced(Op op, List<EsqlExpr> operands, List<BooleanExpressionContext> written) {
        if (operands.size() == 1) {
            return operands.get(0);
        }
        int middle = operands.size() / 2;
        int size = operands.size();
        return new EsqlExpr.Binary(op, balanced(op, operands.subList(0, middle), written.subList(0, middle)),
                balanced(op, operands.subList(middle, size), written.subList(middle, size)),
                EsqlNames.span(written.get(0).getStart(), written.get(size - 1).getStop()));
    }

    private EsqlExpr predicate(EsqlExpr value, EsqlBaseParser.PredicateContext ctx, EsqlSpan span) {
        if (ctx instanceof EsqlBaseParser.LikePredicateContext like) {
            return new EsqlExpr.Like(value, List.of(constants.string(like.string())),
                    List.of(EsqlNames.span(like.string())), like.RLIKE() != null, like.NOT() != null, span);
        }
        if (ctx instanceof EsqlBaseParser.LikeListPredicateContext like) {
            return new EsqlExpr.Like(value, like.string().stream().map(constants::string).toList(),
                    like.string().stream().map(EsqlNames::span).toList(), like.RLIKE() != null, like.NOT() != null,
                    span);
        }
        if (ctx instanceof EsqlBaseParser.InPredicateContext in) {
            return new EsqlExpr.In(value, in.valueExpression().stream().map(this::value).toList(), in.NOT() != null,
                    span);
        }
        if (ctx instanceof EsqlBaseParser.NullPredicateContext isNull) {
            return new EsqlExpr.IsNull(value, isNull.NOT() != null, span);
        }
        EsqlBaseParser.MatchPredicateContext match = (EsqlBaseParser.MatchPredicateContext) ctx;
        EsqlExpr field = value instanceof EsqlExpr.Cast cast ? cast.operand() : value;
        if (!(field instanceof EsqlExpr.Field)) {
            throw error(match, "the match operator ':' takes a field name on its left, as in message : \"text\"");
        }
        return new EsqlExpr.Binary(Op.MATCH, value, constants.constant(match.constant()), span);
    }

    EsqlExpr value(ValueExpressionContext ctx) {
        EsqlExpr left = operator(ctx.operatorExpression(0));
        if (ctx.comparisonOperator() == null) {
            return left;
        }
        return new EsqlExpr.Binary(op(ctx.comparisonOperator().getStart()), left,
                operator(ctx.operatorExpression(1)), EsqlNames.span(ctx));
    }

    private EsqlExpr operator(OperatorExpressionContext ctx) {
        if (ctx instanceof EsqlBaseParser.OperatorDefaultContext primary) {
            return primary(primary.primaryExpression());
        }
        if (ctx instanceof EsqlBaseParser.ArithmeticUnaryContext unary) {
            EsqlExpr operand = operator(unary.operatorExpression());
            return unary.operator.getType() == EsqlBaseLexer.PLUS ? operand
                    : negate(operand, EsqlNames.span(unary));
        }
        EsqlBaseParser.ArithmeticBinaryContext binary = (EsqlBaseParser.ArithmeticBinaryContext) ctx;
        return new EsqlExpr.Binary(op(binary.operator), operator(binary.left), operator(binary.right),
                EsqlNames.span(binary));
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
                EsqlNames.identifier(cast.dataType().identifier()).toLowerCase(Locale.ROOT), EsqlNames.span(cast));
    }

    EsqlExpr.Field field(EsqlBaseParser.QualifiedNameContext ctx) {
        return new EsqlExpr.Field(EsqlNames.qualified(ctx), EsqlNames.span(ctx));
    }

    private EsqlExpr call(EsqlBaseParser.FunctionCallContext ctx) {
        EsqlBaseParser.FunctionNameContext function = ctx.functionName();
        String name = (function.identifier() != null ? EsqlNames.identifier(function.identifier())
                : function.getText()).toLowerCase(Locale.ROOT);
        EsqlSpan span = EsqlNames.span(ctx);
        if (ctx.ASTERISK() != null) {
            Token star = ctx.ASTERISK().getSymbol();
            return new EsqlExpr.Call(name, List.of(new EsqlExpr.Star(EsqlNames.span(star, star))), span);
        }
        if (ctx.functionArguments() == null) {
            return new EsqlExpr.Call(name, List.of(), span);
        }
        List<EsqlBaseParser.FunctionArgumentContext> args = ctx.functionArguments().functionArgument();
        for (int i = 0; i < args.size() - 1; i++) {
            if (args.get(i).mapExpression() != null) {
                throw error(args.get(i), "the options map {...} must be the last argument of " + name);
            }
        }
        return new EsqlExpr.Call(name, args.stream().map(this::argument).toList(), span);
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
        return new EsqlExpr.MapLiteral(entries, EsqlNames.span(ctx));
    }

    private static EsqlExpr negate(EsqlExpr operand, EsqlSpan span) {
        if (operand instanceof EsqlExpr.Literal literal && literal.value() instanceof Number number) {
            return new EsqlExpr.Literal(EsqlConstants.negate(number), span);
        }
        if (operand instanceof EsqlExpr.TimeSpan time) {
            return new EsqlExpr.TimeSpan(-time.amount(), time.unit(), span);
        }
        return new EsqlExpr.Negate(operand, span);
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
