package dev.rulesmith.validator.checks;

import dev.rulesmith.validator.check.RuleCheck;
import dev.rulesmith.validator.check.RuleContext;
import dev.rulesmith.validator.eql.EqlExpr;
import dev.rulesmith.validator.eql.EqlExpr.Comparison;
import dev.rulesmith.validator.eql.EqlExpr.Field;
import dev.rulesmith.validator.eql.EqlExpr.FunctionCall;
import dev.rulesmith.validator.eql.EqlExpr.In;
import dev.rulesmith.validator.eql.EqlExpr.Literal;
import dev.rulesmith.validator.eql.EqlExpr.PatternMatch;
import dev.rulesmith.validator.eql.EqlWalker;
import dev.rulesmith.validator.finding.Finding;
import dev.rulesmith.validator.finding.Severity;
import dev.rulesmith.validator.kql.KqlValue;
import dev.rulesmith.validator.kql.KqlValueTypes;
import dev.rulesmith.validator.model.KeyPath;
import dev.rulesmith.validator.query.RuleQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An EQL query uses a known field in a way Elasticsearch rejects for its type: a {@code text} field without a keyword
 * sub-field in a comparison, pattern, lookup or function; {@code :}, {@code like} or {@code regex} on a field that is
 * not a string; an {@code in} list whose values do not suit the field; a literal the field's type cannot parse; join
 * keys of incompatible types. Optional fields ({@code ?field}) are left alone: they may be mapped differently or not
 * at all in the indices searched.
 */
public final class EqlFieldType implements RuleCheck {

    @Override
    public String id() {
        return "eql-field-type";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "EQL comparisons, patterns, lookups, functions and join keys must suit the types of their fields.";
    }

    @Override
    public List<Finding> check(RuleContext context) {
        if (!(context.query() instanceof RuleQuery.Eql eql) || schemaValidationDisabled(context)) {
            return List.of();
        }
        EqlTypeScope scope = new EqlTypeScope(context, eql, this);
        List<Finding> findings = new ArrayList<>();
        for (EqlExpr expr : EqlWalker.expressions(eql.ast())) {
            check(expr, scope, findings);
        }
        findings.addAll(EqlJoinKeys.check(eql.ast(), scope));
        return findings;
    }

    private static void check(EqlExpr expr, EqlTypeScope scope, List<Finding> out) {
        if (expr instanceof Comparison comparison) {
            comparison(comparison, comparison.left(), comparison.right(), scope, out);
            comparison(comparison, comparison.right(), comparison.left(), scope, out);
        } else if (expr instanceof PatternMatch match) {
            pattern(match, scope, out);
        } else if (expr instanceof In in) {
            in(in, scope, out);
        } else if (expr instanceof FunctionCall call) {
            call.arguments().forEach(argument -> exact(call, argument, scope, out));
        }
    }

    private static void comparison(Comparison comparison, EqlExpr operand, EqlExpr other, EqlTypeScope scope,
                                   List<Finding> out) {
        exact(comparison, operand, scope, out);
        if (other instanceof Literal literal) {
            scope.typed(operand).ifPresent(field -> unparseable(field, literal, scope, out));
        }
    }

    private static void pattern(PatternMatch match, EqlTypeScope scope, List<Finding> out) {
        exact(match, match.value(), scope, out);
        Optional<EqlTypeScope.Typed> typed = scope.typed(match.value());
        EqlTypeFamily family = typed.map(f -> EqlTypeFamily.ofMapping(f.type())).orElse(EqlTypeFamily.OTHER);
        if (family != EqlTypeFamily.STRING && family != EqlTypeFamily.OTHER) {
            out.add(scope.at(match.value(), "'" + typed.get().name() + "' is "
                    + EqlTypeScope.article(typed.get().type()) + " field, but `" + match.operator().symbol()
                    + "` matches strings only; Elasticsearch rejects [" + scope.source(match) + "] (use == or in for "
                    + EqlTypeScope.article(family.label()) + ")"));
        }
    }

    private static void in(In in, EqlTypeScope scope, List<Finding> out) {
        exact(in, in.value(), scope, out);
        Optional<EqlTypeScope.Typed> typed = scope.typed(in.value());
        if (typed.isEmpty()) {
            return;
        }
        EqlTypeFamily family = EqlTypeFamily.ofMapping(typed.get().type());
        for (EqlExpr candidate : in.candidates()) {
            if (candidate instanceof Literal literal && !family.compatibleWith(EqlTypeFamily.ofLiteral(literal))) {
                out.add(scope.at(literal, "'" + typed.get().name() + "' is "
                        + EqlTypeScope.article(typed.get().type()) + " field, but " + scope.source(literal) + " is "
                        + EqlTypeScope.article(EqlTypeFamily.ofLiteral(literal).label())
                        + "; Elasticsearch rejects an in-list whose values are not of the field's type"));
            } else if (candidate instanceof Literal literal) {
                unparseable(typed.get(), literal, scope, out);
            }
        }
    }

    /** A text field without a keyword sub-field as an operand: Elasticsearch cannot match it exactly. */
    private static void exact(EqlExpr operation, EqlExpr operand, EqlTypeScope scope, List<Finding> out) {
        scope.typed(operand).ifPresent(f -> EqlTypeFamily.inexact(scope.fields(), f.name(), f.type())
                .ifPresent(reason -> out.add(scope.at(f.field(), "'" + f.name() + "' is "
                        + EqlTypeScope.article(f.type()) + " field with " + reason
                        + "; Elasticsearch EQL cannot operate on it in [" + scope.source(operation) + "]"
                        + scope.keywordParent(f.name())))));
    }

    /** A literal the field's type cannot parse: the search fails when the shards build the query. */
    private static void unparseable(EqlTypeScope.Typed field, Literal literal, EqlTypeScope scope, List<Finding> out) {
        Optional<String> text = literalText(literal);
        text.flatMap(value -> KqlValueTypes.problem(field.type(), KqlValue.literal(value, true)))
                .ifPresent(problem -> out.add(scope.at(field.field(), field.name() + ": " + problem
                        + " (Elasticsearch fails the search)")));
    }

    private static Optional<String> literalText(Literal literal) {
        if (literal instanceof EqlExpr.StringLiteral string) {
            return Optional.of(string.value());
        }
        if (literal instanceof EqlExpr.IntegerLiteral integer) {
            return Optional.of(Long.toString(integer.value()));
        }
        return Optional.empty();
    }

    private static boolean schemaValidationDisabled(RuleContext context) {
        return context.rule().value(KeyPath.parse("metadata.query_schema_validation"))
                .map(Boolean.FALSE::equals).orElse(false);
    }
}
