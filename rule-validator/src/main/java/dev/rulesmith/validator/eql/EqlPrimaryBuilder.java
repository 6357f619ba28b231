package dev.rulesmith.validator.eql;

import dev.rulesmith.validator.eql.EqlBaseParser.BooleanLiteralContext;
import dev.rulesmith.validator.eql.EqlBaseParser.ConstantContext;
import dev.rulesmith.validator.eql.EqlBaseParser.ConstantDefaultContext;
import dev.rulesmith.validator.eql.EqlBaseParser.DecimalLiteralContext;
import dev.rulesmith.validator.eql.EqlBaseParser.DereferenceContext;
import dev.rulesmith.validator.eql.EqlBaseParser.FunctionContext;
import dev.rulesmith.validator.eql.EqlBaseParser.FunctionExpressionContext;
import dev.rulesmith.validator.eql.EqlBaseParser.IdentifierContext;
import dev.rulesmith.validator.eql.EqlBaseParser.NullLiteralContext;
import dev.rulesmith.validator.eql.EqlBaseParser.NumberContext;
import dev.rulesmith.validator.eql.EqlBaseParser.NumericLiteralContext;
import dev.rulesmith.validator.eql.EqlBaseParser.ParenthesizedExpressionContext;
import dev.rulesmith.validator.eql.EqlBaseParser.PrimaryExpressionContext;
import dev.rulesmith.validator.eql.EqlBaseParser.QualifiedNameContext;
import dev.rulesmith.validator.eql.EqlExpr.BooleanLiteral;
import dev.rulesmith.validator.eql.EqlExpr.DecimalLiteral;
import dev.rulesmith.validator.eql.EqlExpr.Field;
import dev.rulesmith.validator.eql.EqlExpr.FunctionCall;
import dev.rulesmith.validator.eql.EqlExpr.IntegerLiteral;
import dev.rulesmith.validator.eql.EqlExpr.Literal;
import dev.rulesmith.validator.eql.EqlExpr.NullLiteral;
import dev.rulesmith.validator.eql.EqlExpr.StringLiteral;
import dev.rulesmith.validator.text.Suggestions;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.antlr.v4.runtime.Token;

/** Builds constants, field references and function calls. */
final class EqlPrimaryBuilder {

    /** Functions of the original (Endgame) EQL that Elasticsearch does not implement. */
    private static final Set<String> UNSUPPORTED_FUNCTIONS = Set.of("arraycontains", "arraycount", "arraysearch",
            "match", "matchlite", "safe", "wildcard");

    private final EqlExpressionBuilder expressions;

    EqlPrimaryBuilder(EqlExpressionBuilder expressions) {
        this.expressions = expressions;
    }

    EqlExpr primary(PrimaryExpressionContext ctx) {
        if (ctx instanceof ConstantDefaultContext constant) {
            return constant(constant.constant());
        }
        if (ctx instanceof FunctionContext function) {
            return function(function.functionExpression());
        }
        if (ctx instanceof DereferenceContext dereference) {
            return field(dereference.qualifiedName());
        }
        return expressions.expression(((ParenthesizedExpressionContext) ctx).expression());
    }

    Literal constant(ConstantContext ctx) {
        Span span = Positions.of(ctx);
        if (ctx instanceof NullLiteralContext) {
            return new NullLiteral(span);
        }
        if (ctx instanceof NumericLiteralContext numeric) {
            return number(numeric.number());
        }
        if (ctx instanceof BooleanLiteralContext bool) {
            return new BooleanLiteral(bool.booleanValue().TRUE() != null, span);
        }
        return new StringLiteral(EqlLiterals.string(ctx.getStart()), span);
    }

    static Literal number(NumberContext ctx) {
        Token token = ctx.getStart();
        return ctx instanceof DecimalLiteralContext
                ? new DecimalLiteral(EqlLiterals.decimal(token), Positions.of(token))
                : new IntegerLiteral(EqlLiterals.integer(token), Positions.of(token));
    }

    private Field field(QualifiedNameContext ctx) {
        if (!ctx.INTEGER_VALUE().isEmpty()) {
            throw Positions.error(ctx.INTEGER_VALUE(0).getSymbol(),
                    "array indexes (field[0]) are not supported by Elasticsearch EQL");
        }
        String name = ctx.identifier().stream().map(EqlPrimaryBuilder::identifier)
                .collect(Collectors.joining("."));
        return new Field(name, ctx.OPTIONAL() != null, Positions.of(ctx));
    }

    /** An identifier as written; a back-quoted one without its quotes ({@code ``} stands for one back quote). */
    static String identifier(IdentifierContext ctx) {
        return identifier(ctx.getStart());
    }

    static String identifier(Token token) {
        String text = token.getText();
        if (token.getType() != EqlBaseParser.QUOTED_IDENTIFIER) {
            return text;
        }
        String name = text.substring(1, text.length() - 1).replace("``", "`");
        if (name.isEmpty()) {
            throw Positions.error(token, "empty quoted identifier ``");
        }
        return name;
    }

    private FunctionCall function(FunctionExpressionContext ctx) {
        String written = ctx.name.getText();
        boolean caseInsensitive = written.endsWith("~");
        String name = caseInsensitive ? written.substring(0, written.length() - 1) : written;
        EqlFunction function = resolve(ctx.name.getStart(), name);
        if (caseInsensitive && !function.caseInsensitiveVariant()) {
            throw Positions.error(ctx.name.getStart(), "function '" + function.displayName()
                    + "' has no case-insensitive variant '" + written + "'");
        }
        List<EqlExpr> arguments = expressions.expressions(ctx.expression());
        if (!function.accepts(arguments.size())) {
            throw Positions.error(ctx.name.getStart(), "function '" + function.displayName() + "' expects "
                    + arity(function) + ", found " + arguments.size());
        }
        return new FunctionCall(function, caseInsensitive, arguments, Positions.of(ctx));
    }

    private static EqlFunction resolve(Token token, String name) {
        Optional<EqlFunction> function = EqlFunction.named(name);
        if (function.isPresent()) {
            return function.get();
        }
        if (UNSUPPORTED_FUNCTIONS.contains(name.toLowerCase(Locale.ROOT))) {
            throw Positions.error(token, "function '" + name + "' is not supported by Elasticsearch EQL");
        }
        List<String> known = Arrays.stream(EqlFunction.values()).map(EqlFunction::displayName).toList();
        throw Positions.error(token, "unknown function '" + name + "'" + Suggestions.didYouMean(name, known));
    }

    private static String arity(EqlFunction function) {
        int min = function.minArguments();
        int max = function.maxArguments();
        String plural = max == 1 && min == 1 ? " argument" : " arguments";
        if (min == max) {
            return min + plural;
        }
        return max == Integer.MAX_VALUE ? "at least " + min + plural : min + " to " + max + plural;
    }
}
