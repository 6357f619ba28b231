package dev.rulesmith.docs;

import java.util.Arrays;
import java.util.List;

/** Plain text as rules hold it (hard-wrapped, indented in multi-line strings) turned into paragraphs. */
final class Prose {

    private Prose() {
    }

    /** Paragraphs separated by blank lines, each with its lines joined and whitespace collapsed. */
    static List<String> paragraphs(String text) {
        return Arrays.stream(text.replace("\r\n", "\n").split("\n\\s*\n"))
                .map(Prose::oneLine)
                .filter(p -> !p.isEmpty())
                .toList();
    }

    static String oneLine(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    /** The first sentence of the text's first paragraph (for lists); the whole paragraph if none ends early. */
    static String summary(String text) {
        List<String> paragraphs = paragraphs(text);
        if (paragraphs.isEmpty()) {
            return "";
        }
        String first = paragraphs.get(0);
        int end = first.indexOf(". ");
        return end > 0 ? first.substring(0, end + 1) : first;
    }
}
