package dev.rulesmith.authoring.format;

import java.util.ArrayList;
import java.util.List;

/**
 * How the canonical layout writes a string value, as toml-lint's {@code RuleTomlEncoder.dump_str} does: a text that
 * {@code textwrap} splits into several lines of at most 120 characters, or that holds a {@code "}, becomes a
 * {@code """} block of those lines; any other text a basic string escaped as {@code json.dumps} escapes it (every
 * character outside ASCII as {@code \\uxxxx}). Unlike toml-lint, neither ever changes the value: every line of a
 * block ends with a line-ending backslash, so neither its line breaks nor a final newline join the string, and runs
 * of blanks are kept. Texts kept as written ({@code note}, {@code setup}, {@code message}) take the older rule: a
 * literal string when the text holds {@code "} but no {@code '}.
 */
final class TomlStrings {

    /** The width toml-lint wraps text at. */
    static final int WIDTH = 120;

    private TomlStrings() {
    }

    /** The single-line form of a text kept as written: a literal string if it suits, else a basic string. */
    static String inline(String value) {
        if (value.indexOf('"') >= 0 && value.indexOf('\'') < 0 && value.chars().noneMatch(TomlStrings::isControl)) {
            return "'" + value + "'";
        }
        return basic(value);
    }

    /** A key that is not bare: a basic string, characters outside ASCII as they are (the encoder's key quoting). */
    static String key(String key) {
        return "\"" + escape(key, true, false) + "\"";
    }

    /** The form of a text toml-lint wraps: a basic string if it fits on a line and has no {@code "}, else a block. */
    static String wrappable(String value) {
        List<String> lines = wrap(value);
        if (lines.size() < 2 && value.indexOf('"') < 0) {
            return basic(value);
        }
        boolean quotes = value.contains("\"\"");
        StringBuilder out = new StringBuilder("\"\"\"\n");
        for (String line : lines) {
            out.append(escape(line, quotes, false)).append("\\\n");
        }
        return out.append("\"\"\"").toString();
    }

    private static String basic(String value) {
        return "\"" + escape(value, true, true) + "\"";
    }

    /**
     * {@code textwrap.wrap(width=120, break_long_words=False, break_on_hyphens=False)}: greedy, a line breaks before
     * a word (a run of characters other than spaces) that would take it past 120 characters, a longer word on a line
     * of its own. The blanks at a break stay at the end of the line, where the line-ending backslash keeps them.
     */
    private static List<String> wrap(String value) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        boolean hasWord = false;
        int i = 0;
        while (i < value.length()) {
            int wordStart = i;
            while (wordStart < value.length() && value.charAt(wordStart) == ' ') {
                wordStart++;
            }
            int wordEnd = wordStart;
            while (wordEnd < value.length() && value.charAt(wordEnd) != ' ') {
                wordEnd++;
            }
            if (hasWord && wordEnd > wordStart && value.codePointCount(start, wordEnd) > WIDTH) {
                lines.add(value.substring(start, wordStart));
                start = wordStart;
            }
            hasWord |= wordEnd > wordStart;
            i = wordEnd;
        }
        lines.add(value.substring(start));
        return lines;
    }

    private static boolean isControl(int c) {
        return c < 0x20 || c == 0x7f;
    }

    /** {@code json.dumps}' escapes (lower-case hex); DEL escaped too, as TOML requires; surrogate pairs kept whole. */
    private static String escape(String value, boolean quotes, boolean ascii) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append(quotes ? "\\\"" : "\"");
                case '\b' -> out.append("\\b");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\f' -> out.append("\\f");
                case '\r' -> out.append("\\r");
                default -> {
                    boolean escaped = isControl(c) || ascii && c > 0x7f && !Character.isSurrogate(c);
                    out.append(escaped ? String.format("\\u%04x", (int) c) : String.valueOf(c));
                }
            }
        }
        return out.toString();
    }
}
