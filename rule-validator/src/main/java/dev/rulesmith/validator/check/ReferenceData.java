package dev.rulesmith.validator.check;

import dev.rulesmith.validator.attack.AttackCatalog;
import dev.rulesmith.validator.fields.FieldSchemas;

/** What checks know about the world: the ATT&CK catalog and the field schemas. Immutable, shared by all rules. */
public record ReferenceData(AttackCatalog attack, FieldSchemas fields) {

    /** The data bundled in the jar. */
    public static ReferenceData bundled() {
        return new ReferenceData(AttackCatalog.bundled(), FieldSchemas.bundled());
    }
}
