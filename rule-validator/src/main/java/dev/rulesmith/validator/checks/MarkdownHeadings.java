package dev.rulesmith.validator.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The top-level ATX headings ({@code ## Title}) of a Markdown text, skipping fenced code blocks; enough for the note
 * checks, which look at section titles only (setext headings, underlined with === or ---, are not read).
 */
final class MarkdownHeadings {

    private static final Pattern ATX = Pattern.compile("^ {0,3}(#{1,6})(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~)");

    /** A heading: its level (number of '#'), its text and its 1-based line in the Markdown text. */
    record Heading(int level, String text, int line) {
    }

    private MarkdownHeadings() {
    }

    static List<Heading> of(String markdown) {
        List<Heading> headings = new ArrayList<>();
        String[] lines = markdown.split("\n", -1);
        String fence = null;
        for (int i = 0; i < lines.length; i++) {
            Matcher fenceMatch = FENCE.matcher(lines[i]);
            if (fenceMatch.find()) {
                fence = fence == null ? fenceMatch.group(1) : fence.equals(fenceMatch.group(1)) ? null : fence;
                continue;
            }
            Matcher m = ATX.matcher(lines[i]);
            if (fence == null && m.matches()) {
                headings.add(new Heading(m.group(1).length(), m.group(2) == null ? "" : m.group(2).trim(), i + 1));
            }
        }
        return headings;
    }
}
