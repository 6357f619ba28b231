package dev.rulesmith.validator.coverage;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rulesmith.validator.attack.AttackCatalog;
import dev.rulesmith.validator.attack.Tactic;
import dev.rulesmith.validator.attack.Technique;
import dev.rulesmith.validator.attack.ThreatEntries;
import dev.rulesmith.validator.attack.ThreatEntries.Ref;
import dev.rulesmith.validator.attack.ThreatEntries.TechniqueEntry;
import dev.rulesmith.validator.attack.ThreatEntries.Threat;
import dev.rulesmith.validator.check.RuleContext;
import dev.rulesmith.validator.model.RuleFile;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Which rules map which ATT&CK techniques: per tactic and technique (or sub-technique), the names of the rules that
 * map it there. Only mappings that are valid in the catalog count: a known tactic, a current technique of that
 * tactic, and current sub-techniques of that technique (the {@code attack-*} checks report the others).
 */
public final class AttackCoverage {

    /** A technique or sub-technique under a tactic, with the names of the rules mapping it there, sorted. */
    public record Entry(Tactic tactic, Technique technique, List<String> rules) {

        public Entry {
            rules = List.copyOf(rules);
        }
    }

    private final AttackCatalog catalog;
    private final List<Entry> entries;
    private final Map<String, Entry> byKey;
    private final int ruleCount;

    private AttackCoverage(AttackCatalog catalog, List<Entry> entries, int ruleCount) {
        this.catalog = catalog;
        this.entries = List.copyOf(entries);
        this.byKey = entries.stream().collect(Collectors.toUnmodifiableMap(
                e -> key(e.tactic(), e.technique()), Function.identity()));
        this.ruleCount = ruleCount;
    }

    private static String key(Tactic tactic, Technique technique) {
        return tactic.id() + " " + technique.id();
    }

    /** The coverage of the rules against the catalog of their reference data. */
    public static AttackCoverage of(List<RuleContext> rules, AttackCatalog catalog) {
        Map<String, Map.Entry<Tactic, Technique>> keys = new TreeMap<>();
        Map<String, TreeSet<String>> names = new TreeMap<>();
        for (RuleContext context : rules) {
            RuleFile rule = context.rule();
            String name = rule.string("rule.name").orElse(rule.path());
            for (Threat threat : ThreatEntries.attack(rule)) {
                Optional<Tactic> tactic = threat.tactic().flatMap(Ref::id).flatMap(id -> catalog.tactic(id.text()));
                if (tactic.isEmpty()) {
                    continue;
                }
                for (TechniqueEntry entry : threat.techniques()) {
                    for (Technique technique : mapped(catalog, tactic.get(), entry)) {
                        String key = key(tactic.get(), technique);
                        keys.put(key, Map.entry(tactic.get(), technique));
                        names.computeIfAbsent(key, k -> new TreeSet<>()).add(name);
                    }
                }
            }
        }
        List<Tactic> order = catalog.tactics();
        List<Entry> entries = keys.entrySet().stream()
                .map(e -> new Entry(e.getValue().getKey(), e.getValue().getValue(), List.copyOf(names.get(e.getKey()))))
                .sorted(Comparator.comparing((Entry e) -> order.indexOf(e.tactic()))
                        .thenComparing(e -> e.technique().id()))
                .toList();
        return new AttackCoverage(catalog, entries, rules.size());
    }

    /** The technique of the entry if it is valid under the tactic, and its valid sub-techniques. */
    private static List<Technique> mapped(AttackCatalog catalog, Tactic tactic, TechniqueEntry entry) {
        Optional<Technique> technique = current(catalog, entry.technique())
                .filter(t -> !t.isSubtechnique() && t.tactics().contains(tactic.shortname()));
        if (technique.isEmpty()) {
            return List.of();
        }
        List<Technique> subtechniques = entry.subtechniques().stream()
                .flatMap(sub -> current(catalog, sub).stream())
                .filter(sub -> sub.parentId().equals(Optional.of(technique.get().id())))
                .toList();
        return Stream.concat(technique.stream(), subtechniques.stream()).toList();
    }

    private static Optional<Technique> current(AttackCatalog catalog, Ref ref) {
        return ref.id().flatMap(id -> catalog.technique(id.text())).filter(Technique::isCurrent);
    }

    public AttackCatalog catalog() {
        return catalog;
    }

    /** Every mapped (tactic, technique) pair: tactics in matrix order, then technique ids. */
    public List<Entry> entries() {
        return entries;
    }

    /** How many rules were looked at, mapped or not. */
    public int ruleCount() {
        return ruleCount;
    }

    /** The names of the rules mapping a technique or sub-technique under any tactic, sorted. */
    public List<String> rulesMapping(String techniqueId) {
        return entries.stream().filter(e -> e.technique().id().equals(techniqueId))
                .flatMap(e -> e.rules().stream()).distinct().sorted().toList();
    }

    /** The rules mapping a technique or sub-technique under one tactic, sorted. */
    public List<String> rulesMapping(Tactic tactic, Technique technique) {
        return Optional.ofNullable(byKey.get(key(tactic, technique))).map(Entry::rules).orElse(List.of());
    }

    /** The ATT&CK Navigator layer (format 4.5) of this coverage; see {@link NavigatorLayer}. */
    public ObjectNode navigatorLayer(String name) {
        return NavigatorLayer.of(this, name);
    }

    /** Writes the ATT&CK Navigator layer of this coverage to a file. */
    public void writeNavigatorLayer(String name, Path file) {
        NavigatorLayer.write(this, name, file);
    }

    /** The tactics × techniques table of this coverage for the docs site. */
    public CoverageMatrix matrix() {
        return CoverageMatrix.of(this);
    }
}
