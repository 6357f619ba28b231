package dev.rulesmith.validator.checks;

import dev.rulesmith.validator.check.RuleCheck;
import dev.rulesmith.validator.check.RuleContext;
import dev.rulesmith.validator.fields.FieldView;
import dev.rulesmith.validator.finding.Finding;
import dev.rulesmith.validator.finding.Severity;
import dev.rulesmith.validator.kql.KqlField;
import dev.rulesmith.validator.kql.KqlNode;
import dev.rulesmith.validator.kql.KqlValue;
import dev.rulesmith.validator.kql.KqlValueTypes;
import dev.rulesmith.validator.query.QueryText;
import dev.rulesmith.validator.query.RuleQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A KQL query uses a known field in a way Elasticsearch rejects for its type: a value that is not a number, date, IP
 * or boolean on such a field (also as a range bound or a wildcard), or nested syntax on a field that is not nested
 * (errors); or in a way that cannot do what it says on a text field: a wildcard spanning words, a range (warnings).
 */
public final class QueryFieldType implements RuleCheck {

    @Override
    public String id() {
        return "query-field-type";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "KQL values and nested syntax must suit the types of the fields they search.";
    }

    @Override
    public List<Finding> check(RuleContext context) {
        if (!(context.query() instanceof RuleQuery.Kql kql)) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        walk(kql.ast(), "", context, kql.text(), findings);
        return findings;
    }

    private void walk(KqlNode node, String prefix, RuleContext context, QueryText text, List<Finding> out) {
        if (node instanceof KqlNode.And and) {
            and.clauses().forEach(c -> walk(c, prefix, context, text, out));
        } else if (node instanceof KqlNode.Or or) {
            or.clauses().forEach(c -> walk(c, prefix, context, text, out));
        } else if (node instanceof KqlNode.Not not) {
            walk(not.clause(), prefix, context, text, out);
        } else if (node instanceof KqlNode.Match match && match.field().isPresent()) {
            value(match.field().get(), prefix, match.value(), context, text, out);
            textWildcard(match.field().get(), prefix, match.value(), context, text, out);
        } else if (node instanceof KqlNode.Range range) {
            value(range.field(), prefix, range.value(), context, text, out);
            textRange(range.field(), prefix, context, text, out);
        } else if (node instanceof KqlNode.Nested nested) {
            nested(nested, prefix, context, text, out);
            walk(nested.query(), prefix + nested.path().name() + ".", context, text, out);
        }
    }

    private void value(KqlField field, String prefix, KqlValue value, RuleContext context, QueryText text,
                       List<Finding> out) {
        if (field.wildcard()) {
            return;
        }
        String name = prefix + field.name();
        type(context.fields(), name).flatMap(type -> KqlValueTypes.problem(type, value))
                .ifPresent(problem -> out.add(finding(context.rule(), text.toSource(field.span().line(),
                        field.span().column()), name + ": " + problem + " (Elasticsearch rejects the query)")));
    }

    /** A wildcard on a text field matches single analysed tokens, so a pattern spanning words never matches. */
    private void textWildcard(KqlField field, String prefix, KqlValue value, RuleContext context, QueryText text,
                              List<Finding> out) {
        String name = prefix + field.name();
        if (!field.wildcard() && value.isWildcard() && value.text().chars().anyMatch(Character::isWhitespace)
                && type(context.fields(), name).filter(QueryFieldType::isText).isPresent()) {
            out.add(warning(context, text, field, name + ": the wildcard '" + value.text() + "' spans words, but on a"
                    + " text field wildcards match single analysed tokens, so it never matches; query the keyword"
                    + " field instead"));
        }
    }

    /** A range on a text field compares analysed tokens, not the value. */
    private void textRange(KqlField field, String prefix, RuleContext context, QueryText text, List<Finding> out) {
        String name = prefix + field.name();
        if (!field.wildcard() && type(context.fields(), name).filter(QueryFieldType::isText).isPresent()) {
            out.add(warning(context, text, field, name + ": a range on a text field compares analysed tokens, not"
                    + " values; use a keyword, number, date or ip field"));
        }
    }

    private Finding warning(RuleContext context, QueryText text, KqlField field, String message) {
        return finding(context.rule(), text.toSource(field.span().line(), field.span().column()), message)
                .withSeverity(Severity.WARNING);
    }

    private static boolean isText(String type) {
        return type.equals("text") || type.equals("match_only_text");
    }

    private void nested(KqlNode.Nested nested, String prefix, RuleContext context, QueryText text, List<Finding> out) {
        String name = prefix + nested.path().name();
        type(context.fields(), name).filter(type -> !type.equals("nested"))
                .ifPresent(type -> out.add(finding(context.rule(), text.toSource(nested.path().span().line(),
                        nested.path().span().column()), name + ": nested syntax on a " + type
                        + " field; only nested fields take `field:{ … }` (Elasticsearch rejects the query)")));
    }

    private static Optional<String> type(FieldView fields, String name) {
        return fields.typeOf(name);
    }
}
