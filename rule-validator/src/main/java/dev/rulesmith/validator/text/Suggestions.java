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
            int distance = distance(needle, candidate.toLowerCase(Locale.ROOT), limit);
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

    /**
     * Optimal string alignment distance (insertions, deletions, substitutions and adjacent transpositions) when it is
     * at most {@code limit}, else {@code limit + 1}: the rows stop once two in a row exceed the limit.
     */
    static int distance(String a, String b, int limit) {
        int[] beforePrevious = new int[b.length() + 1];
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        int previousMin = 0;
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int value = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    value = Math.min(value, beforePrevious[j - 2] + 1);
                }
                current[j] = value;
                rowMin = Math.min(rowMin, value);
            }
            if (rowMin > limit && previousMin > limit) {
                return limit + 1;
            }
            previousMin = rowMin;
            int[] spare = beforePrevious;
            beforePrevious = previous;
            previous = current;
            current = spare;
        }
        return Math.min(previous[b.length()], limit + 1);
    }
}
