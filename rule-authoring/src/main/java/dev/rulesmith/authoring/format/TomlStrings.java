package dev.rulesmith.authoring.format;

import java.util.ArrayList;
import java.util.List;

/**
 * How the canonical layout writes a string value: as toml-lint does (a double-quoted basic string, or a
 * single-quoted literal when the text holds {@code "} but no {@code '}), and a value longer than 120 characters
 * wrapped at spaces into a multi-line basic string. Unlike toml-lint, wrapping never changes the value: every line
 * ends with a line-ending backslash, so the line breaks are not part of the string.
 */
final class TomlStrings {

    /** The width toml-lint wraps text at. */
    static final int WIDTH = 120;

    private TomlStrings() {
    }

    /** The single-line form of {@code value}. */
    static String inline(String value) {
        if (value.indexOf('"') >= 0 && value.indexOf('\'') < 0 && !hasControl(value)) {
            return "'" + value + "'";
        }
        return "\"" + escape(value, true) + "\"";
    }

    /** The form of a value that may be wrapped: single-line if it fits in 120 characters, else a wrapped block. */
    static String wrappable(String value) {
        List<String> lines = wrap(value);
        if (lines.size() < 2) {
            return inline(value);
        }
        boolean quotes = value.contains("\"\"");
        StringBuilder out = new StringBuilder("\"\"\"\n");
        for (String line : lines) {
            out.append(escape(line, quotes)).append("\\\n");
        }
        return out.append("\"\"\"").toString();
    }

    /**
     * Greedy wrapping at spaces followed by a non-blank character (a line-ending backslash swallows the next line's
     * leading blanks), each line with its backslash at most 120 columns; one line when nothing needs wrapping.
     */
    private static List<String> wrap(String value) {
        List<String> lines = new ArrayList<>();
        if (value.length() <= WIDTH) {
            return lines;
        }
        int start = 0;
        int lastBreak = -1;
        for (int i = 0; i < value.length(); i++) {
            boolean breakable = value.charAt(i) == ' ' && i + 1 < value.length()
                    && value.charAt(i + 1) != ' ' && value.charAt(i + 1) != '\t';
            if (i - start + 1 > WIDTH - 1 && lastBreak > start) {
                lines.add(value.substring(start, lastBreak));
                start = lastBreak;
            }
            if (breakable) {
                lastBreak = i + 1;
            }
        }
        lines.add(value.substring(start));
        return lines;
    }

    private static boolean hasControl(String value) {
        return value.chars().anyMatch(c -> c < 0x20 || c == 0x7f);
    }

    private static String escape(String value, boolean quotes) {
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
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
