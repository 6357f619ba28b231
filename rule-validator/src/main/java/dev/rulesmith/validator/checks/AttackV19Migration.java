package dev.rulesmith.validator.checks;

import dev.rulesmith.validator.attack.AttackCatalog;
import dev.rulesmith.validator.attack.AttackVersionMap;
import dev.rulesmith.validator.attack.AttackVersionMap.Change;
import dev.rulesmith.validator.attack.Tactic;
import dev.rulesmith.validator.attack.Technique;
import dev.rulesmith.validator.attack.ThreatEntries;
import dev.rulesmith.validator.attack.ThreatEntries.Ref;
import dev.rulesmith.validator.attack.ThreatEntries.TechniqueEntry;
import dev.rulesmith.validator.attack.ThreatEntries.Threat;
import dev.rulesmith.validator.attack.ThreatEntries.Value;
import dev.rulesmith.validator.check.RuleCheck;
import dev.rulesmith.validator.check.RuleContext;
import dev.rulesmith.validator.finding.Finding;
import dev.rulesmith.validator.finding.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Opt-in: a tactic, technique or sub-technique mapping that changes from ATT&CK v18 to v19. */
public final class AttackV19Migration implements RuleCheck {

    private final AttackVersionMap map = AttackVersionMap.v18ToV19();

    @Override
    public String id() {
        return "attack-v19-migration";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.NOTE;
    }

    @Override
    public String summary() {
        return "Opt-in: lists every ATT&CK mapping that changes under ATT&CK v19 (id changes per Elastic's v18-to-v19 "
                + "map, tactic renames).";
    }

    @Override
    public boolean defaultEnabled() {
        return false;
    }

    @Override
    public List<Finding> check(RuleContext context) {
        AttackCatalog catalog = context.reference().attack();
        List<Finding> findings = new ArrayList<>();
        if (!catalog.version().split("\\.")[0].equals(map.sourceVersion())) {
            return findings;
        }
        for (Threat threat : ThreatEntries.attack(context.rule())) {
            threat.tactic().ifPresent(tactic -> change(context, catalog, tactic, map::tactic).ifPresent(findings::add));
            for (TechniqueEntry entry : threat.techniques()) {
                change(context, catalog, entry.technique(), map::technique).ifPresent(findings::add);
                for (Ref sub : entry.subtechniques()) {
                    change(context, catalog, sub, map::subtechnique).ifPresent(findings::add);
                }
            }
        }
        return findings;
    }

    private Optional<Finding> change(RuleContext context, AttackCatalog catalog, Ref ref,
                                     Function<String, Optional<Change>> lookup) {
        return ref.id().flatMap(id -> lookup.apply(id.text()).map(change -> {
            Value at = id.text().startsWith("TA") ? ref.name().orElse(id) : id;
            return finding(context.rule(), at.path(), at.path() + ": " + describe(catalog, id.text()) + " in "
                    + catalog.label() + change.target().map(t -> becomes(id.text(), t)).orElse(" is dropped")
                    + " in ATT&CK v" + map.targetVersion());
        }));
    }

    private static String describe(AttackCatalog catalog, String id) {
        Optional<String> name = catalog.tactic(id).map(Tactic::name)
                .or(() -> catalog.technique(id).map(Technique::name));
        return id + name.map(n -> " '" + n + "'").orElse("");
    }

    private static String becomes(String id, AttackVersionMap.Target target) {
        return target.id().equals(id) ? " is renamed '" + target.name() + "'"
                : " becomes " + target.id() + " '" + target.name() + "' (" + target.reference() + ")";
    }
}
