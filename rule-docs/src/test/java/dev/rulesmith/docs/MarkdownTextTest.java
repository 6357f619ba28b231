package dev.rulesmith.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MarkdownTextTest {

    @Test
    void rawHtmlBecomesText() {
        assertEquals("<p>a &lt;img src=x onerror=alert(1)&gt; b</p>\n",
                MarkdownText.html("a <img src=x onerror=alert(1)> b", 2));
        assertEquals("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n",
                MarkdownText.html("<script>alert(1)</script>", 2));
    }

    @Test
    void onlyHttpMailtoAndRelativeLinksStayLinks() {
        assertEquals("<p><a href=\"https://example.org/a\">x</a></p>\n",
                MarkdownText.html("[x](https://example.org/a)", 2));
        assertEquals("<p><a href=\"mailto:a@example.org\">m</a></p>\n",
                MarkdownText.html("[m](mailto:a@example.org)", 2));
        assertEquals("<p><a href=\"other.html#x\">r</a></p>\n", MarkdownText.html("[r](other.html#x)", 2));
        assertEquals("<p>x</p>\n", MarkdownText.html("[x](javascript:alert(1))", 2));
        assertEquals("<p>x</p>\n", MarkdownText.html("[x](JaVaScRiPt:alert(1))", 2));
        assertEquals("<p>x</p>\n", MarkdownText.html("[x](vbscript:msgbox)", 2));
        assertEquals("<p>x</p>\n", MarkdownText.html("[x](//evil.example/)", 2));
        assertEquals("<p>javascript:alert(1)</p>\n", MarkdownText.html("<javascript:alert(1)>", 2));
    }

    @Test
    void imagesBecomeLinksSoNothingLoads() {
        assertEquals("<p><a href=\"https://example.org/i.png\">diagram</a></p>\n",
                MarkdownText.html("![diagram](https://example.org/i.png)", 2));
        assertEquals("<p>x</p>\n", MarkdownText.html("![x](data:image/svg+xml,abc)", 2));
    }

    @Test
    void headingsShiftSoTheShallowestLandsOnTheGivenLevel() {
        assertEquals("<h2>Triage</h2>\n<h3>Steps</h3>\n", MarkdownText.html("## Triage\n### Steps", 2));
        assertEquals("<h3>A</h3>\n<h4>B</h4>\n", MarkdownText.html("# A\n## B", 3));
        assertEquals("<h6>A</h6>\n<h6>B</h6>\n", MarkdownText.html("# A\n###### B", 6));
    }

    @Test
    void markdownOutputKeepsHtmlInert() {
        String markdown = MarkdownText.markdown("Look <img src=x onerror=alert(1)> [x](javascript:y)", 2);
        assertEquals("Look \\<img src=x onerror=alert(1)\\> x", markdown);
    }

    @Test
    void knowsWhetherTextOpensWithAHeading() {
        assertTrue(MarkdownText.startsWithHeading("## Setup\n\ntext"));
        assertFalse(MarkdownText.startsWithHeading("text\n\n## Setup"));
        assertFalse(MarkdownText.startsWithHeading(""));
    }
}
