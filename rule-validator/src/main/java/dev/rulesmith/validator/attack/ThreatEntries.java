package dev.rulesmith.validator.attack;

import dev.rulesmith.validator.model.KeyPath;
import dev.rulesmith.validator.model.RuleFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.tomlj.TomlArray;
import org.tomlj.TomlTable;

/**
 * The {@code [[rule.threat]]} entries of a rule as records that keep the key path of every value, so that checks
 * can point at the exact line. Values that are missing or not strings are left out; entries that are not tables are
 * skipped (the schema checks report those).
 */
public final class ThreatEntries {

    /** The framework value that the ATT&CK checks validate. */
    public static final String ATTACK = "MITRE ATT&CK";

    /** The other framework detection rules accept; it is not validated. */
    public static final String ATLAS = "MITRE ATLAS";

    /** A string value and where it is. */
    public record Value(KeyPath path, String text) {

        @Override
        public String toString() {
            return path + ": '" + text + "'";
        }
    }

    /** A tactic, technique or sub-technique table: its id, name and reference, each if present. */
    public record Ref(KeyPath path, Optional<Value> id, Optional<Value> name, Optional<Value> reference) {
    }

    /** A technique with the sub-techniques listed under it. */
    public record TechniqueEntry(Ref technique, List<Ref> subtechniques) {

        public TechniqueEntry {
            subtechniques = List.copyOf(subtechniques);
        }
    }

    /** One {@code [[rule.threat]]} entry. */
    public record Threat(KeyPath path, Optional<Value> framework, Optional<Ref> tactic,
                         List<TechniqueEntry> techniques) {

        public Threat {
            techniques = List.copyOf(techniques);
        }

        /** True unless the entry names another framework: a missing framework is validated as ATT&CK. */
        public boolean isAttack() {
            return framework.map(f -> f.text().equals(ATTACK)).orElse(true);
        }
    }

    private ThreatEntries() {
    }

    /** Every threat entry of the rule, in file order. */
    public static List<Threat> of(RuleFile rule) {
        KeyPath threats = KeyPath.of("rule", "threat");
        return tables(rule, threats, path -> new Threat(path, string(rule, path.child("framework")),
                ref(rule, path.child("tactic")), techniques(rule, path.child("technique"))));
    }

    /** The threat entries that map to ATT&CK (see {@link Threat#isAttack()}). */
    public static List<Threat> attack(RuleFile rule) {
        return of(rule).stream().filter(Threat::isAttack).toList();
    }

    private static List<TechniqueEntry> techniques(RuleFile rule, KeyPath at) {
        return tables(rule, at, path -> new TechniqueEntry(ref(rule, path).orElseThrow(),
                tables(rule, path.child("subtechnique"), sub -> ref(rule, sub).orElseThrow())));
    }

    private static Optional<Ref> ref(RuleFile rule, KeyPath path) {
        return rule.value(path).filter(TomlTable.class::isInstance).map(table -> new Ref(path,
                string(rule, path.child("id")), string(rule, path.child("name")),
                string(rule, path.child("reference"))));
    }

    private static Optional<Value> string(RuleFile rule, KeyPath path) {
        return rule.value(path).filter(String.class::isInstance).map(text -> new Value(path, (String) text));
    }

    private static <T> List<T> tables(RuleFile rule, KeyPath at, Function<KeyPath, T> read) {
        Optional<TomlArray> array = rule.value(at).filter(TomlArray.class::isInstance).map(TomlArray.class::cast);
        List<T> out = new ArrayList<>();
        for (int i = 0; array.isPresent() && i < array.get().size(); i++) {
            if (array.get().get(i) instanceof TomlTable) {
                out.add(read.apply(at.child(i)));
            }
        }
        return List.copyOf(out);
    }
}
