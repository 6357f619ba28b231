package dev.rulesmith.validator.coverage;

import dev.rulesmith.validator.attack.AttackCatalog;
import dev.rulesmith.validator.attack.Tactic;
import dev.rulesmith.validator.attack.Technique;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The tactics × techniques table the docs site shows: one column per tactic in matrix order, holding every current
 * technique of that tactic (by name) with the rules that map it, and under each its current sub-techniques.
 */
public record CoverageMatrix(String catalog, List<Column> columns) {

    /** One tactic and its techniques. */
    public record Column(Tactic tactic, List<Cell> techniques) {

        public Column {
            techniques = List.copyOf(techniques);
        }

        /** How many of the column's techniques at least one rule maps. */
        public long covered() {
            return techniques.stream().filter(Cell::covered).count();
        }
    }

    /** A technique or sub-technique and the names of the rules that map it under the column's tactic. */
    public record Cell(String id, String name, String url, List<String> rules, List<Cell> subtechniques) {

        public Cell {
            rules = List.copyOf(rules);
            subtechniques = List.copyOf(subtechniques);
        }

        public boolean covered() {
            return !rules.isEmpty();
        }
    }

    public CoverageMatrix {
        columns = List.copyOf(columns);
    }

    /** The table of a coverage, over every tactic and current technique of its catalog. */
    public static CoverageMatrix of(AttackCoverage coverage) {
        AttackCatalog catalog = coverage.catalog();
        List<Technique> current = catalog.techniques().stream().filter(Technique::isCurrent).toList();
        List<Column> columns = catalog.tactics().stream().map(tactic -> new Column(tactic, current.stream()
                .filter(t -> !t.isSubtechnique() && t.tactics().contains(tactic.shortname()))
                .sorted(Comparator.comparing(Technique::name))
                .map(t -> cell(coverage, tactic, t, current.stream()
                        .filter(sub -> sub.parentId().equals(Optional.of(t.id())))
                        .filter(sub -> sub.tactics().contains(tactic.shortname()))
                        .sorted(Comparator.comparing(Technique::id))
                        .map(sub -> cell(coverage, tactic, sub, List.of()))
                        .toList()))
                .toList())).toList();
        return new CoverageMatrix(catalog.label(), columns);
    }

    private static Cell cell(AttackCoverage coverage, Tactic tactic, Technique technique, List<Cell> subtechniques) {
        return new Cell(technique.id(), technique.name(), technique.url(),
                coverage.rulesMapping(tactic, technique), subtechniques);
    }
}
