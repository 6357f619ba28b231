package dev.rulesmith.docs;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * File names for rule pages: lower-case ASCII letters, digits and single hyphens only, so that no rule can name a
 * file outside the site ({@code ../}, slashes, drive letters and dots never survive). Derived from the rule's name,
 * else its rule_id, else its path; a clash gets the rule_id (or a counter) appended.
 */
final class Slugs {

    static final int MAX_LENGTH = 80;

    private Slugs() {
    }

    /** Slugs for rules given in a stable order, keyed by rule path. */
    static Map<String, String> assign(List<RuleFacts> rules) {
        Map<String, String> byPath = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (RuleFacts rule : rules) {
            String base = firstNonEmpty(slug(rule.name()), slug(rule.ruleId()), slug(rule.path()), "rule");
            String candidate = base;
            if (taken.contains(candidate)) {
                candidate = trim(base + "-" + slug(rule.ruleId()));
            }
            String stem = trim(base.substring(0, Math.min(base.length(), MAX_LENGTH - 8)));
            for (int n = 2; taken.contains(candidate); n++) {
                candidate = stem + "-" + n;
            }
            taken.add(candidate);
            byPath.put(rule.path(), candidate);
        }
        return byPath;
    }

    /** The safe form of any text: possibly empty. */
    static String slug(String text) {
        if (text == null) {
            return "";
        }
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < ascii.length(); i++) {
            char c = ascii.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                out.append(c);
            } else if (Character.getType(c) != Character.NON_SPACING_MARK && out.length() > 0
                    && out.charAt(out.length() - 1) != '-') {
                out.append('-');
            }
        }
        return trim(out.toString());
    }

    private static String trim(String slug) {
        String cut = slug.length() > MAX_LENGTH ? slug.substring(0, MAX_LENGTH) : slug;
        int start = 0;
        int end = cut.length();
        while (start < end && cut.charAt(start) == '-') {
            start++;
        }
        while (end > start && cut.charAt(end - 1) == '-') {
            end--;
        }
        return cut.substring(start, end);
    }

    private static String firstNonEmpty(String... values) {
        for (String value : values) {
            if (!value.isEmpty()) {
                return value;
            }
        }
        return "";
    }
}
