package dev.rulesmith.docs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Finds each rule's closest rules: ranked by shared ATT&amp;CK techniques (sub-techniques included), then shared
 * tactics, then shared integrations and tags, then by name; at most {@link #LIMIT}, only rules sharing something.
 * Counts come from inverted indexes (value to rules), so only rules sharing a value are ever compared.
 */
final class RelatedRules {

    static final int LIMIT = 5;

    /** A related rule and why: {@code reason} names what it shares. */
    record Related(String slug, String name, String reason) {
    }

    private record Candidate(int index, int techniques, int tactics, int context) {
    }

    private RelatedRules() {
    }

    /** Related rules of every rule, keyed by rule path. */
    static Map<String, List<Related>> of(List<RuleFacts> rules, Map<String, String> slugs) {
        List<Function<RuleFacts, List<String>>> facets = List.of(RuleFacts::techniqueIds, RuleFacts::tacticIds,
                RuleFacts::integrations, RuleFacts::tags);
        List<Map<String, List<Integer>>> indexes = facets.stream().map(f -> invert(rules, f)).toList();
        Comparator<Candidate> rank = Comparator.<Candidate>comparingInt(c -> -c.techniques())
                .thenComparingInt(c -> -c.tactics())
                .thenComparingInt(c -> -c.context())
                .thenComparing(c -> rules.get(c.index()).name())
                .thenComparing(c -> rules.get(c.index()).path());
        Map<String, List<Related>> related = new HashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            int[][] counts = new int[facets.size()][];
            for (int f = 0; f < facets.size(); f++) {
                counts[f] = count(rules.size(), indexes.get(f), facets.get(f).apply(rules.get(i)));
            }
            List<Candidate> best = new ArrayList<>(LIMIT + 1);
            for (int j = 0; j < rules.size(); j++) {
                int context = counts[2][j] + counts[3][j];
                if (j != i && counts[0][j] + counts[1][j] + context > 0) {
                    keepBest(best, new Candidate(j, counts[0][j], counts[1][j], context), rank);
                }
            }
            RuleFacts rule = rules.get(i);
            related.put(rule.path(), best.stream()
                    .map(c -> rules.get(c.index()))
                    .map(other -> new Related(slugs.get(other.path()), other.name(), reason(rule, other)))
                    .toList());
        }
        return Map.copyOf(related);
    }

    /** Inserts the candidate into the ranked list of at most {@link #LIMIT} best, if it belongs there. */
    private static void keepBest(List<Candidate> best, Candidate candidate, Comparator<Candidate> rank) {
        if (best.size() == LIMIT && rank.compare(candidate, best.get(LIMIT - 1)) >= 0) {
            return;
        }
        int at = 0;
        while (at < best.size() && rank.compare(best.get(at), candidate) <= 0) {
            at++;
        }
        best.add(at, candidate);
        if (best.size() > LIMIT) {
            best.remove(LIMIT);
        }
    }

    private static Map<String, List<Integer>> invert(List<RuleFacts> rules, Function<RuleFacts, List<String>> facet) {
        Map<String, List<Integer>> index = new HashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            for (String value : Set.copyOf(facet.apply(rules.get(i)))) {
                index.computeIfAbsent(value, k -> new ArrayList<>()).add(i);
            }
        }
        return index;
    }

    private static int[] count(int size, Map<String, List<Integer>> index, List<String> values) {
        int[] counts = new int[size];
        for (String value : Set.copyOf(values)) {
            for (int j : index.getOrDefault(value, List.of())) {
                counts[j]++;
            }
        }
        return counts;
    }

    private static String reason(RuleFacts a, RuleFacts b) {
        List<String> parts = new ArrayList<>();
        List<String> techniques = shared(a.techniqueIds(), b.techniqueIds());
        List<String> tactics = shared(a.tacticIds(), b.tacticIds());
        List<String> integrations = shared(a.integrations(), b.integrations());
        int tags = shared(a.tags(), b.tags()).size();
        if (!techniques.isEmpty()) {
            parts.add("technique " + String.join(", ", techniques));
        }
        if (!tactics.isEmpty()) {
            parts.add("tactic " + String.join(", ", tactics));
        }
        if (!integrations.isEmpty()) {
            parts.add("integration " + String.join(", ", integrations));
        }
        if (tags > 0) {
            parts.add(tags + (tags == 1 ? " tag" : " tags"));
        }
        return "shares " + String.join("; ", parts);
    }

    private static List<String> shared(List<String> a, List<String> b) {
        TreeSet<String> both = new TreeSet<>(a);
        both.retainAll(Set.copyOf(b));
        return List.copyOf(both);
    }
}
