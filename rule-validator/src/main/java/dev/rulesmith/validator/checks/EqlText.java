package dev.rulesmith.validator.checks;

import dev.rulesmith.validator.model.RuleFile;
import dev.rulesmith.validator.model.SourcePosition;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the timing checks need from an EQL query, read from its text (no EQL parser is available to them): whether it is
 * a sequence and its {@code with maxspan=...}. Comments and string literals are blanked first, so neither is read from
 * prose or values.
 */
final class EqlText {

    private static final Pattern MAXSPAN = Pattern.compile("\\bwith\\s+maxspan\\s*=\\s*(\\d{1,9})\\s*(ms|s|m|h|d)\\b");
    private static final Pattern SEQUENCE = Pattern.compile("\\s*sequence\\b", Pattern.CASE_INSENSITIVE);

    /** A sequence's maxspan in milliseconds, as written, and where it is in the rule file. */
    record Maxspan(long millis, String text, SourcePosition position) {
    }

    private EqlText() {
    }

    /** The query of a rule with {@code type = "eql"}. */
    private static Optional<String> query(RuleFile rule) {
        return rule.string("rule.type").filter("eql"::equals).flatMap(t -> rule.string("rule.query"));
    }

    static boolean isSequence(String query) {
        return SEQUENCE.matcher(blank(query)).lookingAt();
    }

    /** The first {@code with maxspan=} of the query (the sequence's own; detection-rules reads the same one). */
    static Optional<Maxspan> maxspan(RuleFile rule) {
        Optional<String> query = query(rule);
        if (query.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = MAXSPAN.matcher(blank(query.get()));
        if (!m.find()) {
            return Optional.empty();
        }
        String before = query.get().substring(0, m.start(1));
        int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
        int column = before.length() - before.lastIndexOf('\n');
        long millis = Long.parseLong(m.group(1)) * TimeSpans.unit(m.group(2));
        return Optional.of(new Maxspan(millis, m.group(1) + m.group(2), RuleFacts.inText(rule, "rule.query", line,
                column)));
    }

    /** The query with comments and string literals replaced by spaces (line breaks kept). */
    static String blank(String query) {
        StringBuilder out = new StringBuilder(query);
        int i = 0;
        while (i < query.length()) {
            int end = skip(query, i);
            for (int j = i; j < end && end > i + 1; j++) {
                if (out.charAt(j) != '\n') {
                    out.setCharAt(j, ' ');
                }
            }
            i = Math.max(end, i + 1);
        }
        return out.toString();
    }

    /** The end of the comment or string starting at i, or i itself when none starts there. */
    private static int skip(String q, int i) {
        if (q.startsWith("/*", i)) {
            int close = q.indexOf("*/", i + 2);
            return close < 0 ? q.length() : close + 2;
        }
        if (q.startsWith("//", i)) {
            int newline = q.indexOf('\n', i);
            return newline < 0 ? q.length() : newline;
        }
        if (q.startsWith("\"\"\"", i)) {
            int close = q.indexOf("\"\"\"", i + 3);
            return close < 0 ? q.length() : close + 3;
        }
        if (q.charAt(i) == '"' || q.charAt(i) == '\'') {
            int j = i + 1;
            while (j < q.length() && q.charAt(j) != q.charAt(i) && q.charAt(j) != '\n') {
                j += q.charAt(j) == '\\' ? 2 : 1;
            }
            return Math.min(j + 1, q.length());
        }
        return i;
    }
}
