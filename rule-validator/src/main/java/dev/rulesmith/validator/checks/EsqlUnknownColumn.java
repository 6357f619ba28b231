package dev.rulesmith.validator.checks;

import dev.rulesmith.validator.check.RuleCheck;
import dev.rulesmith.validator.check.RuleContext;
import dev.rulesmith.validator.esql.EsqlPosition;
import dev.rulesmith.validator.esql.EsqlReference;
import dev.rulesmith.validator.fields.FieldView;
import dev.rulesmith.validator.finding.Finding;
import dev.rulesmith.validator.finding.Severity;
import dev.rulesmith.validator.query.QueryText;
import dev.rulesmith.validator.query.RuleQuery;
import dev.rulesmith.validator.text.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An ES|QL query names a column that is not there at that point of the pipeline: one an earlier KEEP, DROP, RENAME
 * or STATS removed, a misspelling of a column the query computes (EVAL, STATS, DISSECT, GROK, RENAME), or a
 * metadata field its FROM command does not read. Elasticsearch rejects such a query.
 */
public final class EsqlUnknownColumn implements RuleCheck {

    @Override
    public String id() {
        return "esql-unknown-column";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "ES|QL column references must name a column that exists at that point of the query.";
    }

    @Override
    public List<Finding> check(RuleContext context) {
        if (!(context.query() instanceof RuleQuery.Esql esql)) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (EsqlReference reference : EsqlFields.references(esql)) {
            problem(reference, context.fields(), esql.text()).ifPresent(message -> findings.add(
                    finding(context.rule(), at(esql.text(), reference.field().position()), message)));
        }
        return findings;
    }

    private static Optional<String> problem(EsqlReference reference, FieldView fields, QueryText text) {
        String name = reference.field().name();
        if (reference.kind() == EsqlReference.Kind.REMOVED) {
            String where = at(text, reference.removal().orElseThrow().at()).toString();
            return Optional.of("column " + name + " is not available here: " + reference.removal().get()
                    .describe(where) + Suggestions.didYouMean(name, reference.columns()));
        }
        if (reference.kind() != EsqlReference.Kind.SOURCE) {
            return Optional.empty();
        }
        if (EsqlFields.METADATA.contains(name)) {
            return Optional.of("metadata field " + name + " is only a column when the FROM command reads it: add "
                    + "`METADATA " + name + "` to FROM");
        }
        if (fields.typeOf(name).isEmpty()) {
            return EsqlFields.nearColumn(reference).map(near -> "unknown column " + name + " (did you mean '"
                    + near + "'?): no earlier command creates it and no schema defines it");
        }
        return Optional.empty();
    }

    private static dev.rulesmith.validator.model.SourcePosition at(QueryText text, EsqlPosition position) {
        return text.toSource(position.line(), position.column());
    }
}
