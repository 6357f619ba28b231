package dev.rulesmith.validator.fields;

import dev.rulesmith.validator.text.Suggestions;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The fields one rule may use: the schemas that apply to it (ECS, its integrations, its index patterns' extra
 * fields) and the declared integrations for which no schema is loaded.
 */
public record FieldView(List<FieldSchema> schemas, List<String> missingIntegrations) {

    public FieldView {
        schemas = List.copyOf(schemas);
        missingIntegrations = List.copyOf(missingIntegrations);
    }

    public Optional<String> typeOf(String field) {
        for (FieldSchema schema : schemas) {
            Optional<String> type = schema.typeOf(field);
            if (type.isPresent()) {
                return type;
            }
        }
        return Optional.empty();
    }

    /** True when every integration the rule declares has a loaded schema: an unknown field is then certain. */
    public boolean complete() {
        return missingIntegrations.isEmpty();
    }

    /**
     * True when the object a field would sit in is known ({@code event} for {@code event.actoin}): an unknown leaf of
     * a known object is a typo, while an unknown object hints at a schema Rulesmith does not have. Scans the schemas;
     * only called for unknown fields.
     */
    public boolean knowsParentOf(String field) {
        int dot = field.lastIndexOf('.');
        if (dot < 0) {
            return true;
        }
        String prefix = field.substring(0, dot + 1);
        return schemas.stream().anyMatch(schema -> schema.fields().keySet().stream().anyMatch(f -> f.startsWith(prefix)));
    }

    /**
     * True when a field no schema defines is certainly a mistake: it sits in a known object and either is a near miss
     * of a known field or every integration the rule declares has a loaded schema. Otherwise the field may belong to a
     * schema Rulesmith lacks. A name under a field typed as a value ({@code gen_ai.request.model.id} under the keyword
     * {@code gen_ai.request.model}) can only be a multi-field, which a schema made from some of a package's versions
     * or data streams may not list: certain only as a near miss ({@code process.name.caselss}).
     */
    public boolean certainlyUnknown(String field) {
        return typeOf(field).isEmpty() && knowsParentOf(field)
                && (nearMiss(field) || complete() && !underValueField(field));
    }

    /** A known field is near, other than the field's own parent ({@code a.b} is no typo of {@code a.b.c}). */
    private boolean nearMiss(String field) {
        return Suggestions.closest(field, fieldNames()).filter(near -> !field.startsWith(near + ".")).isPresent();
    }

    private boolean underValueField(String field) {
        int dot = field.lastIndexOf('.');
        return dot > 0 && typeOf(field.substring(0, dot))
                .filter(type -> !type.equals("object") && !type.equals("nested") && !type.equals("flattened"))
                .isPresent();
    }

    /** Why a field is unknown, with a "did you mean" when a known field is near. */
    public String describeUnknown(String field) {
        Optional<String> near = Suggestions.closest(field, fieldNames());
        if (near.isPresent()) {
            return "unknown field '" + field + "' (did you mean '" + near.get() + "'?)";
        }
        if (!knowsParentOf(field)) {
            return "unknown field '" + field + "': no loaded schema defines '" + field.substring(0,
                    field.lastIndexOf('.')) + "' (the integration schema may be missing or older than the integration)";
        }
        if (complete()) {
            return "unknown field '" + field + "': not in ECS nor in the schemas of the rule's integrations";
        }
        return "unknown field '" + field + "': not in ECS; no schema is loaded for integration(s) "
                + missingIntegrations + " to check it (add their field definitions)";
    }

    /** Every exact field name the schemas define, for "did you mean". */
    public Set<String> fieldNames() {
        Set<String> names = new LinkedHashSet<>();
        schemas.forEach(schema -> names.addAll(schema.fields().keySet()));
        return names;
    }
}
