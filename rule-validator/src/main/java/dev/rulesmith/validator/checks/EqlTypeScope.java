package dev.rulesmith.validator.checks;

import dev.rulesmith.validator.check.Check;
import dev.rulesmith.validator.check.RuleContext;
import dev.rulesmith.validator.eql.EqlExpr;
import dev.rulesmith.validator.fields.FieldView;
import dev.rulesmith.validator.finding.Finding;
import dev.rulesmith.validator.query.RuleQuery;
import java.util.Optional;

/** What the EQL type checks need of one rule: its fields' types, its query text and where findings go. */
record EqlTypeScope(RuleContext context, RuleQuery.Eql eql, Check check) {

    /** A field reference with the type the schemas give it. */
    record Typed(EqlExpr.Field field, String type) {
        String name() {
            return field.name();
        }
    }

    /** The field and its type when {@code expr} is a required ({@code ?}-less) field of a known type. */
    Optional<Typed> typed(EqlExpr expr) {
        if (!(expr instanceof EqlExpr.Field field) || field.optional()) {
            return Optional.empty();
        }
        return context.fields().typeOf(field.name()).map(type -> new Typed(field, type));
    }

    FieldView fields() {
        return context.fields();
    }

    /** A finding of the check at the line:col of {@code expr} in the rule file. */
    Finding at(EqlExpr expr, String message) {
        return check.finding(context.rule(), eql.text().toSource(expr.span().line(), expr.span().column()), message);
    }

    /** The query text of {@code expr}, as written. */
    String source(EqlExpr expr) {
        String text = eql.text().text();
        int end = Math.min(expr.span().end(), text.length());
        return text.substring(Math.min(expr.span().start(), end), end);
    }

    /** A hint naming the keyword field a {@code .text} multi-field belongs to, when there is one. */
    String keywordParent(String name) {
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return "";
        }
        String parent = name.substring(0, dot);
        return fields().typeOf(parent).filter(t -> EqlTypeFamily.ofMapping(t) == EqlTypeFamily.STRING
                && EqlTypeFamily.inexact(fields(), parent, t).isEmpty())
                .map(t -> " (did you mean '" + parent + "'?)").orElse("");
    }

    /** A type name with its indefinite article: "a long", "an ip". */
    static String article(String type) {
        return ("aeiouAEIOU".indexOf(type.charAt(0)) >= 0 ? "an " : "a ") + type;
    }
}
