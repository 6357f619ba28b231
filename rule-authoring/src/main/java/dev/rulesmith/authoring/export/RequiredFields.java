package dev.rulesmith.authoring.export;

import dev.rulesmith.validator.check.RuleContext;
import dev.rulesmith.validator.eql.EqlExpr;
import dev.rulesmith.validator.kql.KqlFields;
import dev.rulesmith.validator.query.RuleQuery;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A rule's {@code required_fields}, as detection-rules' {@code get_required_fields}: every field its KQL or EQL query
 * names, sorted and unique, with its type from ECS ({@code ecs: true}) or else from the rule's integration and index
 * schemas ({@code ecs: false}), {@code "unknown"} when no schema defines it. Other queries name none here.
 */
final class RequiredFields {

    private RequiredFields() {
    }

    static List<Map<String, Object>> of(RuleContext context) {
        return names(context.query()).stream().map(name -> field(context, name)).toList();
    }

    private static Map<String, Object> field(RuleContext context, String name) {
        Optional<String> ecs = context.reference().fields().ecs().typeOf(name);
        String type = ecs.or(() -> context.fields().typeOf(name)).orElse("unknown");
        return Map.of("name", name, "type", type, "ecs", ecs.isPresent());
    }

    private static SortedSet<String> names(RuleQuery query) {
        if (query instanceof RuleQuery.Kql kql) {
            return KqlFields.of(kql.ast()).stream().map(KqlFields.Reference::name)
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        if (query instanceof RuleQuery.Eql eql) {
            return eql.ast().fields().stream().map(EqlExpr.Field::name)
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        return new TreeSet<>();
    }
}
