package dev.rulesmith.validator.text;

/**
 * Glob matching where {@code *} matches any run of characters (no other wildcard). Linear in the input for each
 * star-free segment: greedy with backtracking to the last star only, so no catastrophic backtracking.
 */
public final class Glob {

    private Glob() {
    }

    public static boolean matches(String pattern, String text) {
        int p = 0;
        int t = 0;
        int star = -1;
        int mark = 0;
        while (t < text.length()) {
            if (p < pattern.length() && pattern.charAt(p) != '*' && pattern.charAt(p) == text.charAt(t)) {
                p++;
                t++;
            } else if (p < pattern.length() && pattern.charAt(p) == '*') {
                star = p++;
                mark = t;
            } else if (star >= 0) {
                p = star + 1;
                t = ++mark;
            } else {
                return false;
            }
        }
        while (p < pattern.length() && pattern.charAt(p) == '*') {
            p++;
        }
        return p == pattern.length();
    }

    /** True when two index patterns can name a common index (each read as a literal against the other's glob). */
    public static boolean overlaps(String a, String b) {
        return matches(a, b) || matches(b, a);
    }
}
