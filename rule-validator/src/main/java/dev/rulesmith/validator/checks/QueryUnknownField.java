package dev.rulesmith.validator.checks;

import dev.rulesmith.validator.check.RuleCheck;
import dev.rulesmith.validator.check.RuleContext;
import dev.rulesmith.validator.fields.FieldView;
import dev.rulesmith.validator.finding.Finding;
import dev.rulesmith.validator.finding.Severity;
import dev.rulesmith.validator.kql.KqlFields;
import dev.rulesmith.validator.model.KeyPath;
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
        if (!(context.query() instanceof RuleQuery.Kql kql) || schemaValidationDisabled(context)) {
            return List.of();
        }
        FieldView fields = context.fields();
        List<Finding> findings = new ArrayList<>();
        Set<String> reported = new HashSet<>();
        for (KqlFields.Reference field : KqlFields.of(kql.ast())) {
            if (field.wildcard() || fields.typeOf(field.name()).isPresent() || !reported.add(field.name())) {
                continue;
            }
            Finding finding = finding(context.rule(), kql.text().toSource(field.span().line(), field.span().column()),
                    fields.describeUnknown(field.name()));
            findings.add(fields.certainlyUnknown(field.name()) ? finding : finding.withSeverity(Severity.WARNING));
        }
        return findings;
    }

    private static boolean schemaValidationDisabled(RuleContext context) {
        return context.rule().value(KeyPath.parse("metadata.query_schema_validation"))
                .map(Boolean.FALSE::equals).orElse(false);
    }
}
