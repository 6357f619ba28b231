package dev.rulesmith.docs;

import dev.rulesmith.validator.model.RuleFile;
import java.util.ArrayList;
import java.util.List;
import org.tomlj.TomlArray;
import org.tomlj.TomlTable;

/** One {@code [[rule.threat]]} entry: a tactic and the techniques (with sub-techniques) mapped under it. */
record ThreatMapping(AttackRef tactic, List<TechniqueMapping> techniques) {

    ThreatMapping {
        techniques = List.copyOf(techniques);
    }

    /** A technique and its sub-techniques. */
    record TechniqueMapping(AttackRef technique, List<AttackRef> subtechniques) {
        TechniqueMapping {
            subtechniques = List.copyOf(subtechniques);
        }
    }

    static List<ThreatMapping> of(RuleFile rule) {
        List<ThreatMapping> threats = new ArrayList<>();
        for (TomlTable threat : tables(rule.array("rule.threat").orElse(null))) {
            List<TechniqueMapping> techniques = new ArrayList<>();
            for (TomlTable technique : tables(threat.getArray("technique"))) {
                List<AttackRef> subs = tables(technique.getArray("subtechnique")).stream().map(AttackRef::of).toList();
                techniques.add(new TechniqueMapping(AttackRef.of(technique), subs));
            }
            Object tactic = threat.get("tactic");
            threats.add(new ThreatMapping(AttackRef.of(tactic instanceof TomlTable t ? t : null), techniques));
        }
        return threats;
    }

    private static List<TomlTable> tables(TomlArray array) {
        if (array == null) {
            return List.of();
        }
        return array.toList().stream().filter(TomlTable.class::isInstance).map(TomlTable.class::cast).toList();
    }
}
