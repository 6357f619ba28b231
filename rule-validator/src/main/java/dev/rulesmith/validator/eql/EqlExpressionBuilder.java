package dev.rulesmith.validator.eql;

import dev.rulesmith.validator.eql.EqlBaseParser.ArithmeticBinaryContext;
import dev.rulesmith.validator.eql.EqlBaseParser.ArithmeticUnaryContext;
import dev.rulesmith.validator.eql.EqlBaseParser.BooleanDefaultContext;
import dev.rulesmith.validator.eql.EqlBaseParser.BooleanExpressionContext;
import dev.rulesmith.validator.eql.EqlBaseParser.ExpressionContext;
import dev.rulesmith.validator.eql.EqlBaseParser.LogicalBinaryContext;
import dev.rulesmith.validator.eql.EqlBaseParser.LogicalNotContext;
import dev.rulesmith.validator.eql.EqlBaseParser.OperatorExpressionContext;
import dev.rulesmith.validator.eql.EqlBaseParser.OperatorExpressionDefaultContext;
import dev.rulesmith.validator.eql.EqlBaseParser.PredicateContext;
import dev.rulesmith.validator.eql.EqlBaseParser.ProcessCheckContext;
import dev.rulesmith.validator.eql.EqlBaseParser.ValueExpressionContext;
import dev.rulesmith.validator.eql.EqlExpr.And;
import dev.rulesmith.validator.eql.EqlExpr.Arithmetic;
import dev.rulesmith.validator.eql.EqlExpr.ArithmeticOperator;
import dev.rulesmith.validator.eql.EqlExpr.Comparison;
import dev.rulesmith.validator.eql.EqlExpr.ComparisonOperator;
import dev.rulesmith.validator.eql.EqlExpr.DecimalLiteral;
import dev.rulesmith.validator.eql.EqlExpr.In;
import dev.rulesmith.validator.eql.EqlExpr.IntegerLiteral;
import dev.rulesmith.validator.eql.EqlExpr.MatchOperator;
import dev.rulesmith.validator.eql.EqlExpr.Negate;
import dev.rulesmith.validator.eql.EqlExpr.Not;
import dev.rulesmith.validator.eql.EqlExpr.Or;
import dev.rulesmith.validator.eql.EqlExpr.PatternMatch;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** Builds {@link EqlExpr} trees from boolean, comparison, predicate and arithmetic parse-tree nodes. */
final class EqlExpressionBuilder {

    private final EqlPrimaryBuilder primaries = new EqlPrimaryBuilder(this);

    EqlExpr expression(ExpressionContext ctx) {
        return bool(ctx.booleanExpression());
    }

    List<EqlExpr> expressions(List<ExpressionContext> contexts) {
        return contexts.stream().map(this::expression).toList();
    }

    EqlExpr bool(BooleanExpressionContext ctx) {
        if (ctx instanceof LogicalNotContext not) {
            return new Not(bool(not.booleanExpression()), Positions.of(ctx));
        }
        if (ctx instanceof ProcessCheckContext check) {
            throw Positions.error(check.relationship, "process relationship '" + check.relationship.getText()
                    + " of' (lineage) is not supported by Elasticsearch EQL");
        }
        if (ctx instanceof BooleanDefaultContext value) {
            return value(value.valueExpression());
        }
        return logical((LogicalBinaryContext) ctx);
    }

    /** Flattens a left-leaning chain of one operator without recursing along the chain. */
    private EqlExpr logical(LogicalBinaryContext ctx) {
        int operator = ctx.operator.getType();
        Deque<BooleanExpressionContext> rights = new ArrayDeque<>();
        BooleanExpressionContext left = ctx;
        while (left instanceof LogicalBinaryContext binary && binary.operator.getType() == operator) {
            rights.push(binary.right);
            left = binary.left;
        }
        boolean and = operator == EqlBaseParser.AND;
        List<EqlExpr> operands = new ArrayList<>();
        addFlattened(operands, bool(left), and);
        for (BooleanExpressionContext right : rights) {
            addFlattened(operands, bool(right), and);
        }
        Span span = Positions.of(ctx);
        return and ? new And(operands, span) : new Or(operands, span);
    }

    private static void addFlattened(List<EqlExpr> operands, EqlExpr operand, boolean and) {
        if (and && operand instanceof And inner) {
            operands.addAll(inner.operands());
        } else if (!and && operand instanceof Or inner) {
            operands.addAll(inner.operands());
        } else {
            operands.add(operand);
        }
    }

    private EqlExpr value(ValueExpressionContext ctx) {
        EqlExpr left = operator(ctx.left);
        if (ctx.comparisonOperator() == null) {
            return left;
        }
        return new Comparison(left, comparisonOperator(ctx), operator(ctx.right), Positions.of(ctx));
    }

    private static ComparisonOperator comparisonOperator(ValueExpressionContext ctx) {
        return switch (ctx.comparisonOperator().getStart().getType()) {
            case EqlBaseParser.EQ -> ComparisonOperator.EQ;
            case EqlBaseParser.NEQ -> ComparisonOperator.NEQ;
            case EqlBaseParser.LT -> ComparisonOperator.LT;
            case EqlBaseParser.LTE -> ComparisonOperator.LTE;
            case EqlBaseParser.GT -> ComparisonOperator.GT;
            default -> ComparisonOperator.GTE;
        };
    }

    private EqlExpr operator(OperatorExpressionContext ctx) {
        Span span = Positions.of(ctx);
        if (ctx instanceof ArithmeticUnaryContext unary) {
            EqlExpr operand = operator(unary.operatorExpression());
            return unary.operator.getType() == EqlBaseParser.PLUS ? operand : negate(operand, span);
        }
        if (ctx instanceof ArithmeticBinaryContext binary) {
            return new Arithmetic(operator(binary.left), arithmeticOperator(binary.operator.getType()),
                    operator(binary.right), span);
        }
        OperatorExpressionDefaultContext plain = (OperatorExpressionDefaultContext) ctx;
        EqlExpr primary = primaries.primary(plain.primaryExpression());
        return plain.predicate() == null ? primary : predicate(primary, plain.predicate(), span);
    }

    private static EqlExpr negate(EqlExpr operand, Span span) {
        if (operand instanceof IntegerLiteral number) {
            return new IntegerLiteral(-number.value(), span);
        }
        if (operand instanceof DecimalLiteral number) {
            return new DecimalLiteral(-number.value(), span);
        }
        return new Negate(operand, span);
    }

    private static ArithmeticOperator arithmeticOperator(int type) {
        return switch (type) {
            case EqlBaseParser.PLUS -> ArithmeticOperator.ADD;
            case EqlBaseParser.MINUS -> ArithmeticOperator.SUBTRACT;
            case EqlBaseParser.ASTERISK -> ArithmeticOperator.MULTIPLY;
            case EqlBaseParser.SLASH -> ArithmeticOperator.DIVIDE;
            default -> ArithmeticOperator.MODULO;
        };
    }

    private EqlExpr predicate(EqlExpr value, PredicateContext ctx, Span span) {
        int kind = ctx.kind.getType();
        if (kind == EqlBaseParser.IN || kind == EqlBaseParser.IN_INSENSITIVE) {
            return new In(value, expressions(ctx.expression()), kind == EqlBaseParser.IN_INSENSITIVE,
                    ctx.NOT() != null, span);
        }
        MatchOperator operator = switch (kind) {
            case EqlBaseParser.SEQ -> MatchOperator.WILDCARD_EQUALS;
            case EqlBaseParser.LIKE, EqlBaseParser.LIKE_INSENSITIVE -> MatchOperator.LIKE;
            default -> MatchOperator.REGEX;
        };
        boolean caseInsensitive = kind == EqlBaseParser.SEQ || kind == EqlBaseParser.LIKE_INSENSITIVE
                || kind == EqlBaseParser.REGEX_INSENSITIVE;
        return new PatternMatch(value, operator, caseInsensitive,
                ctx.constant().stream().map(primaries::constant).toList(), span);
    }
}
