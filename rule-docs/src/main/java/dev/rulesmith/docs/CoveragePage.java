package dev.rulesmith.docs;

import dev.rulesmith.validator.attack.AttackCatalog;
import dev.rulesmith.validator.attack.Tactic;
import dev.rulesmith.validator.attack.Technique;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The view of the ATT&amp;CK coverage page: a column per tactic (matrix order) listing the tactic's current
 * techniques, each shaded by how many rules map it (or one of its sub-techniques) under that tactic, and a list of
 * the rules per technique the cells link to.
 */
record CoveragePage(String catalogLabel, List<Column> columns, List<TechniqueRules> techniques, int mappedRules,
                    boolean navigatorLayer) {

    /** Shading steps: counts at or above each bound get the next heat class. */
    private static final int[] HEAT_BOUNDS = {1, 2, 4, 10};

    /** One tactic column. */
    record Column(LinkView tactic, int ruleCount, List<Cell> cells) {
    }

    /** One technique under one tactic; {@code heat} 0 to 4. */
    record Cell(String id, String name, int count, int heat, String anchor) {
        boolean covered() {
            return count > 0;
        }
    }

    /** The rules mapping a technique (under any tactic), for the cells to link to. */
    record TechniqueRules(String id, LinkView technique, String anchor, List<LinkView> rules) {
    }

    static CoveragePage of(List<RuleFacts> rules, Map<String, String> slugs, AttackCatalog catalog,
                           boolean navigatorLayer) {
        Map<String, Set<String>> byPair = new TreeMap<>();
        Map<String, Set<String>> byTechnique = new TreeMap<>();
        for (RuleFacts rule : rules) {
            for (ThreatMapping threat : rule.threats()) {
                for (ThreatMapping.TechniqueMapping technique : threat.techniques()) {
                    String id = parentOf(technique.technique().id(), catalog);
                    byPair.computeIfAbsent(threat.tactic().id() + "/" + id, k -> new TreeSet<>()).add(rule.path());
                    byTechnique.computeIfAbsent(id, k -> new TreeSet<>()).add(rule.path());
                }
            }
        }
        List<Column> columns = new ArrayList<>();
        for (Tactic tactic : catalog.tactics()) {
            List<Cell> cells = catalog.techniques().stream()
                    .filter(t -> t.isCurrent() && !t.isSubtechnique() && t.tactics().contains(tactic.shortname()))
                    .map(t -> cell(t, byPair.getOrDefault(tactic.id() + "/" + t.id(), Set.of()).size()))
                    .sorted(Comparator.comparing(Cell::name).thenComparing(Cell::id))
                    .toList();
            int covered = (int) rules.stream().filter(r -> r.tacticIds().contains(tactic.id())).count();
            columns.add(new Column(LinkView.of(tactic.name(), tactic.url()), covered, cells));
        }
        List<TechniqueRules> lists = byTechnique.entrySet().stream()
                .map(e -> techniqueRules(e.getKey(), e.getValue(), rules, slugs, catalog))
                .toList();
        int mapped = (int) rules.stream().filter(r -> !r.techniqueIds().isEmpty()).count();
        return new CoveragePage(catalog.label(), columns, lists, mapped, navigatorLayer);
    }

    private static String parentOf(String id, AttackCatalog catalog) {
        return catalog.technique(id).flatMap(Technique::parentId)
                .orElse(id.contains(".") ? id.substring(0, id.indexOf('.')) : id);
    }

    private static Cell cell(Technique technique, int count) {
        int heat = 0;
        while (heat < HEAT_BOUNDS.length && count >= HEAT_BOUNDS[heat]) {
            heat++;
        }
        return new Cell(technique.id(), technique.name(), count, heat, anchor(technique.id()));
    }

    private static TechniqueRules techniqueRules(String id, Set<String> paths, List<RuleFacts> rules,
                                                 Map<String, String> slugs, AttackCatalog catalog) {
        List<LinkView> links = rules.stream().filter(r -> paths.contains(r.path()))
                .sorted(Comparator.comparing(RuleFacts::name).thenComparing(RuleFacts::path))
                .map(r -> LinkView.of(r.name(), "rules/" + slugs.get(r.path()) + ".html"))
                .toList();
        LinkView technique = catalog.technique(id)
                .map(t -> LinkView.of(t.name() + " (" + id + ")", t.url()))
                .orElse(LinkView.of(id, null));
        return new TechniqueRules(id, technique, anchor(id), links);
    }

    private static String anchor(String techniqueId) {
        return "technique-" + Slugs.slug(techniqueId);
    }
}
