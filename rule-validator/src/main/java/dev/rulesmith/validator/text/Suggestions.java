package dev.rulesmith.validator.text;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean" suggestions by edit distance. */
public final class Suggestions {

    private Suggestions() {
    }

    /**
     * The candidate nearest to {@code input} (case-insensitive Damerau-Levenshtein distance), if it is near enough to
     * be a plausible typo: at most a third of the input's length, and at most 3 edits. Ties go to the candidate first
     * in iteration order.
     */
    public static Optional<String> closest(String input, Collection<String> candidates) {
        String needle = input.toLowerCase(Locale.ROOT);
        int limit = Math.min(3, Math.max(1, needle.length() / 3));
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            if (Math.abs(candidate.length() - needle.length()) > limit) {
                continue;
            }
            int distance = distance(needle, candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance && distance <= limit && !candidate.equals(input)) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Appends {@code " (did you mean 'x'?)"} when a suggestion exists. */
    public static String didYouMean(String input, Collection<String> candidates) {
        return closest(input, candidates).map(s -> " (did you mean '" + s + "'?)").orElse("");
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent transpositions. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
