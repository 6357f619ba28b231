package dev.rulesmith.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The view of the index: every rule with what the search box and the filters look at, and each filter's values
 * with their rule counts. The filters are client-side (data attributes read by {@code search.js}).
 */
record IndexPage(int ruleCount, List<IndexRow> rules, List<Facet> facets, boolean navigatorLayer) {

    private static final List<String> SEVERITY_ORDER = List.of("critical", "high", "medium", "low");

    /**
     * One rule row. Multi-valued filter attributes hold values separated by {@code |}; {@code search} is the
     * lower-cased text the search box matches (name, description, tags).
     */
    record IndexRow(String slug, String name, String summary, String severity, String riskScore, String type,
                    String language, String tactics, String integrations, String maturity, String tags,
                    String search) {
        String tacticList() {
            return tactics.replace("|", ", ");
        }

        String integrationList() {
            return integrations.replace("|", ", ");
        }
    }

    /** One filter: its key (the row's data attribute), its label and its values. */
    record Facet(String key, String label, List<Option> options) {
    }

    /** A filter value and how many rules have it. */
    record Option(String value, int count) {
    }

    static IndexPage of(List<RuleFacts> rules, Map<String, String> slugs, boolean navigatorLayer) {
        List<IndexRow> rows = rules.stream()
                .map(rule -> row(rule, slugs.get(rule.path())))
                .sorted((a, b) -> a.name().compareTo(b.name()) != 0 ? a.name().compareTo(b.name())
                        : a.slug().compareTo(b.slug()))
                .toList();
        List<Facet> facets = List.of(
                facet("severity", "Severity", rules, r -> List.of(r.severity())),
                facet("type", "Type", rules, r -> List.of(r.type())),
                facet("language", "Language", rules, r -> List.of(r.language())),
                facet("tactic", "Tactic", rules, RuleFacts::tacticNames),
                facet("integration", "Integration", rules, RuleFacts::integrations),
                facet("maturity", "Maturity", rules, r -> List.of(r.maturity())));
        return new IndexPage(rules.size(), rows, facets, navigatorLayer);
    }

    private static IndexRow row(RuleFacts rule, String slug) {
        String search = String.join(" ", rule.name(), Prose.oneLine(rule.description()), String.join(" ", rule.tags()))
                .toLowerCase(Locale.ROOT);
        return new IndexRow(slug, rule.name(), Prose.summary(rule.description()), rule.severity(), rule.riskScore(),
                rule.type(), rule.language(), String.join("|", rule.tacticNames()),
                String.join("|", rule.integrations()), rule.maturity(), String.join(", ", rule.tags()), search);
    }

    private static Facet facet(String key, String label, List<RuleFacts> rules,
                               Function<RuleFacts, List<String>> values) {
        Map<String, Integer> counts = new TreeMap<>();
        for (RuleFacts rule : rules) {
            values.apply(rule).stream().filter(v -> !v.isBlank()).distinct()
                    .forEach(v -> counts.merge(v, 1, Integer::sum));
        }
        List<Option> options = new ArrayList<>();
        if (key.equals("severity")) {
            SEVERITY_ORDER.stream().filter(counts::containsKey).forEach(s -> options.add(new Option(s, counts.get(s))));
        }
        counts.forEach((value, count) -> {
            if (!key.equals("severity") || !SEVERITY_ORDER.contains(value)) {
                options.add(new Option(value, count));
            }
        });
        return new Facet(key, label, List.copyOf(options));
    }
}
