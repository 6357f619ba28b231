package dev.rulesmith.validator.checks;

import dev.rulesmith.validator.esql.EsqlReference;
import dev.rulesmith.validator.esql.EsqlResolution;
import dev.rulesmith.validator.fields.FieldView;
import dev.rulesmith.validator.query.RuleQuery;
import dev.rulesmith.validator.text.Suggestions;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How the ES|QL checks share out a query's column references: names of computed columns and removed columns are
 * {@code esql-unknown-column}'s, as are index-field names no schema knows that are a near miss of a computed column
 * (a misspelt {@code Esql.*} column) and metadata fields the FROM command does not read; the other index-field names
 * are checked against the schemas by {@code query-unknown-field}.
 */
final class EsqlFields {

    /** The metadata fields ES|QL reads with {@code FROM ... METADATA}. */
    static final Set<String> METADATA = Set.of("_id", "_index", "_version", "_source", "_score", "_ignored",
            "_index_mode");

    private EsqlFields() {
    }

    static List<EsqlReference> references(RuleQuery.Esql esql) {
        return EsqlResolution.of(esql.ast());
    }

    /** The index-field references that {@code query-unknown-field} checks against the schemas. */
    static List<EsqlReference> schemaChecked(RuleQuery.Esql esql, FieldView fields) {
        return references(esql).stream().filter(r -> r.kind() == EsqlReference.Kind.SOURCE)
                .filter(r -> !METADATA.contains(r.field().name()))
                .filter(r -> fields.typeOf(r.field().name()).isPresent() || nearColumn(r).isEmpty()).toList();
    }

    /** The computed column in scope that the reference's name is a near miss of. */
    static Optional<String> nearColumn(EsqlReference reference) {
        return Suggestions.closest(reference.field().name(), reference.columns());
    }
}
