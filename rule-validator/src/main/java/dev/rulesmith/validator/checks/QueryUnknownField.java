package dev.rulesmith.validator.checks;

import dev.rulesmith.validator.check.RuleCheck;
import dev.rulesmith.validator.check.RuleContext;
import dev.rulesmith.validator.fields.FieldView;
import dev.rulesmith.validator.finding.Finding;
import dev.rulesmith.validator.finding.Severity;
import dev.rulesmith.validator.kql.KqlFields;
import dev.rulesmith.validator.model.KeyPath;
import dev.rulesmith.validator.query.QueryText;
import dev.rulesmith.validator.query.RuleQuery;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A query references a field no loaded schema defines. An error when the field sits in a known object (its parent
 * path is known) and either its name is a near miss of a known field or every integration the rule declares has a
 * loaded schema; otherwise a warning, naming the schemas that are missing: never silently accepted, never a false
 * error from a schema Rulesmith lacks.
 */
public final class QueryUnknownField implements RuleCheck {

    @Override
    public String id() {
        return "query-unknown-field";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "Every field a query uses must exist in ECS or in the schemas of the rule's integrations.";
    }

    @Override
    public List<Finding> check(RuleContext context) {
        if (schemaValidationDisabled(context)) {
            return List.of();
        }
        FieldView fields = context.fields();
        List<Finding> findings = new ArrayList<>();
        Set<String> reported = new HashSet<>();
        for (Reference field : references(context.query(), fields)) {
            if (fields.typeOf(field.name()).isPresent() || !reported.add(field.name())) {
                continue;
            }
            Finding finding = finding(context.rule(), field.text().toSource(field.line(), field.column()),
                    fields.describeUnknown(field.name()));
            findings.add(fields.certainlyUnknown(field.name()) ? finding : finding.withSeverity(Severity.WARNING));
        }
        return findings;
    }

    /** A concrete field a query names, where it names it. */
    private record Reference(String name, QueryText text, int line, int column) {
    }

    /**
     * KQL fields without wildcards; EQL fields except optional {@code ?field}s, which may be absent by design; ES|QL
     * names that resolve to index fields (not to columns the query computes, nor metadata fields).
     */
    private static List<Reference> references(RuleQuery query, FieldView fields) {
        if (query instanceof RuleQuery.Kql kql) {
            return KqlFields.of(kql.ast()).stream().filter(f -> !f.wildcard())
                    .map(f -> new Reference(f.name(), kql.text(), f.span().line(), f.span().column())).toList();
        }
        if (query instanceof RuleQuery.Eql eql) {
            return eql.ast().fields().stream().filter(f -> !f.optional())
                    .map(f -> new Reference(f.name(), eql.text(), f.span().line(), f.span().column())).toList();
        }
        if (query instanceof RuleQuery.Esql esql) {
            return EsqlFields.schemaChecked(esql, fields).stream().map(r -> new Reference(r.field().name(),
                    esql.text(), r.field().position().line(), r.field().position().column())).toList();
        }
        return List.of();
    }

    private static boolean schemaValidationDisabled(RuleContext context) {
        return context.rule().value(KeyPath.parse("metadata.query_schema_validation"))
                .map(Boolean.FALSE::equals).orElse(false);
    }
}
