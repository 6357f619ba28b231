package dev.rulesmith.validator.checks;

import dev.rulesmith.validator.attack.AttackCatalog;
import dev.rulesmith.validator.attack.Tactic;
import dev.rulesmith.validator.attack.Technique;
import dev.rulesmith.validator.attack.ThreatEntries;
import dev.rulesmith.validator.attack.ThreatEntries.Ref;
import dev.rulesmith.validator.attack.ThreatEntries.TechniqueEntry;
import dev.rulesmith.validator.attack.ThreatEntries.Threat;
import dev.rulesmith.validator.attack.ThreatEntries.Value;
import dev.rulesmith.validator.check.RuleContext;
import dev.rulesmith.validator.text.Suggestions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** What the ATT&CK checks share: resolving ids and the message shapes, which all name the catalog version. */
final class AttackFindings {

    private AttackFindings() {
    }

    /** The current technique ({@code subtechnique} false) or sub-technique a reference's id names, if any. */
    static Optional<Technique> resolve(AttackCatalog catalog, Ref ref, boolean subtechnique) {
        return ref.id().flatMap(id -> catalog.technique(id.text()))
                .filter(Technique::isCurrent)
                .filter(t -> t.isSubtechnique() == subtechnique);
    }

    /** The tactic a reference's id names, if the catalog knows it. */
    static Optional<Tactic> resolve(AttackCatalog catalog, Ref tactic) {
        return tactic.id().flatMap(id -> catalog.tactic(id.text()));
    }

    /**
     * The name is not the catalog's name for the id, e.g. {@code rule.threat[0].tactic.name: 'Persistance' is not the
     * name of TA0003 in ATT&CK v18.1: did you mean 'Persistence'?}
     */
    static String wrongName(Value name, String id, String expected, AttackCatalog catalog) {
        return name.path() + ": '" + name.text() + "' is not the name of " + id + " in " + catalog.label()
                + ": did you mean '" + expected + "'?";
    }

    /** The reference is not the URL the catalog gives for the id. */
    static String wrongReference(Value reference, String id, String expected, AttackCatalog catalog) {
        return reference.path() + ": '" + reference.text() + "' is not the URL of " + id + " in " + catalog.label()
                + ": expected '" + expected + "'";
    }

    /**
     * A "did you mean" for an unknown technique or sub-technique id: the current entry whose name the reference
     * carries (for a sub-technique, preferring children of {@code parentId}), else the nearest id.
     */
    static String didYouMeanId(AttackCatalog catalog, Ref ref, boolean subtechnique, Optional<String> parentId) {
        List<Technique> candidates = catalog.techniques().stream()
                .filter(Technique::isCurrent)
                .filter(t -> t.isSubtechnique() == subtechnique)
                .sorted(Comparator.comparing((Technique t) -> !t.parentId().equals(parentId)))
                .toList();
        Optional<Technique> byName = ref.name().flatMap(name -> candidates.stream()
                .filter(t -> t.name().equals(name.text())).findFirst());
        if (byName.isPresent()) {
            return " (did you mean '" + byName.get().id() + "', the id of '" + byName.get().name() + "'?)";
        }
        String id = ref.id().map(Value::text).orElse("");
        return Suggestions.didYouMean(id, candidates.stream().map(Technique::id).toList());
    }

    /** A value of a known technique or sub-technique that is not the catalog's (its name, its URL). */
    record Mismatch(Value value, Technique known) {
    }

    /**
     * The values ({@code value} of each reference) of the rule's known current techniques ({@code subtechnique}
     * false) or sub-techniques that differ from the catalog's ({@code expected}).
     */
    static List<Mismatch> mismatches(RuleContext context, boolean subtechnique, Function<Ref, Optional<Value>> value,
                                     Function<Technique, String> expected) {
        AttackCatalog catalog = context.reference().attack();
        List<Mismatch> mismatches = new ArrayList<>();
        for (Threat threat : ThreatEntries.attack(context.rule())) {
            for (TechniqueEntry entry : threat.techniques()) {
                List<Ref> refs = subtechnique ? entry.subtechniques() : List.of(entry.technique());
                for (Ref ref : refs) {
                    Optional<Technique> known = resolve(catalog, ref, subtechnique);
                    Optional<Value> actual = value.apply(ref);
                    if (known.isPresent() && actual.isPresent()
                            && !actual.get().text().equals(expected.apply(known.get()))) {
                        mismatches.add(new Mismatch(actual.get(), known.get()));
                    }
                }
            }
        }
        return mismatches;
    }

    static String describe(Technique technique) {
        return technique.id() + " (" + technique.name() + ")";
    }

    static String describe(Tactic tactic) {
        return tactic.id() + " (" + tactic.name() + ")";
    }
}
