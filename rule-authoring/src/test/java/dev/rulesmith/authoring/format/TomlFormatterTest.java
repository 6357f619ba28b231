package dev.rulesmith.authoring.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tomlj.Toml;

/** The formatter's reader and writer on small documents: comments, strings, arrays, keys, errors. */
class TomlFormatterTest {

    private static void assertFormats(String expected, String source) {
        String formatted = TomlFormatter.format(source);
        assertEquals(expected, formatted);
        assertEquals(expected, TomlFormatter.format(formatted), "idempotent");
        assertEquals(TomlValues.of(Toml.parse(source)), TomlValues.of(Toml.parse(formatted)), "values kept");
    }

    @Test
    void commentsFollowTheKeyOrHeaderTheyWereAttachedTo() {
        assertFormats("""
                # about the rule table
                [rule] # trailing on the header
                # about a
                a = 1 # trailing on a
                # about b
                b = 2

                # the end
                """, """
                # about the rule table
                [rule] # trailing on the header
                # about b
                b = 2
                # about a
                a = 1 # trailing on a
                # the end
                """);
    }

    @Test
    void commentBeforeTheQueryStaysWithIt() {
        assertFormats("""
                [rule]
                type = "query"

                # tuned in 2026
                query = '''
                a:b
                '''

                """, """
                [rule]
                # tuned in 2026
                query = '''
                a:b
                '''
                type = "query"
                """);
    }

    @Test
    void anArrayHoldingACommentIsKeptAsWritten() {
        assertFormats("""
                [rule]
                tags = [
                  "b", # why b
                  "a",
                ]

                """, """
                [rule]
                tags = [
                  "b", # why b
                  "a",
                ]
                """);
    }

    @Test
    void singleLineStringsTakeToml_lintQuotesAndMultiLineStringsAreKept() {
        assertFormats("""
                [rule]
                a = "plain"
                b = 'says "hi"'
                c = "it's \\"quoted\\""
                d = "tab\\there"
                e = \"""
                  kept   as
                written\"""

                """, """
                [rule]
                a = 'plain'
                b = "says \\"hi\\""
                c = "it's \\"quoted\\""
                d = "tab\\u0009here"
                e = \"""
                  kept   as
                written\"""
                """);
    }

    @Test
    void longStringsWrapAt120ColumnsWithoutChangingTheValue() {
        String words = "word ".repeat(40).trim();
        String formatted = TomlFormatter.format("[rule]\ndescription = \"" + words + "\"\n");
        List<String> lines = formatted.lines().toList();
        assertEquals("description = \"\"\"", lines.get(1));
        assertTrue(lines.stream().allMatch(line -> line.length() <= 120), formatted);
        assertTrue(lines.get(2).endsWith(" \\"), formatted);
        assertEquals(words, Toml.parse(formatted).getString("rule.description"));
    }

    @Test
    void notesQueriesAndWordlessStringsAreNeverWrapped() {
        String long130 = "x".repeat(130);
        String note = "see " + "word ".repeat(30).trim();
        String formatted = TomlFormatter.format("[rule]\na = \"" + long130 + "\"\nnote = \"" + note + "\"\n");
        assertEquals("[rule]\na = \"" + long130 + "\"\nnote = \"" + note + "\"\n\n", formatted);
    }

    /** toml-lint's rule: one item per line when the items' lengths plus three each exceed 100 (here 3 x 34). */
    @Test
    void longStringArraysGoOneItemPerLineAndShortOnesStayOnOne() {
        assertFormats("""
                [rule]
                long = [
                    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
                    "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb",
                    "ccccccccccccccccccccccccccccccc",
                ]
                numbers = [1, 2, 3]
                short = ["a", "b"]

                """, """
                [rule]
                short = [
                  "a",
                  "b"
                ]
                numbers = [ 1,2,3 ]
                long = ["aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", "ccccccccccccccccccccccccccccccc"]
                """);
        assertFormats("[rule]\nflat = [\"" + "a".repeat(30) + "\", \"" + "b".repeat(30) + "\", \"" + "c".repeat(30)
                + "\"]\n\n", "[rule]\nflat = [\n\"" + "a".repeat(30) + "\",\n\"" + "b".repeat(30) + "\",\n\""
                + "c".repeat(30) + "\",\n]\n");
    }

    @Test
    void dottedAndQuotedKeysBecomeTablesAndKeepTheirQuotes() {
        assertFormats("""
                [rule]
                name = "n"

                [rule.threshold]
                value = 5

                [rule.filters.query.wildcard."file.path"]
                value = "x"

                """, """
                [rule]
                threshold.value = 5
                name = "n"
                [rule.filters.query.wildcard."file.path"]
                value = "x"
                """);
    }

    /** As toml-lint's encoder: an array of tables follows its parent's keys directly, like [[rule.threat.technique]]. */
    @Test
    void keysBeforeAnyTableComeFirstThenTheTablesInToml_lintOrder() {
        assertFormats("""
                title = "x"
                [[suppression]]
                check = "c"

                [metadata]
                a = 1

                [rule]
                b = 2

                [zeta]
                c = 3

                """, """
                [zeta]
                c = 3
                [rule]
                b = 2
                [[suppression]]
                check = "c"
                [metadata]
                a = 1
                """.replace("[zeta]", "title = \"x\"\n[zeta]"));
    }

    @Test
    void valuesEndWhereTomlSaysEvenInsideTrickyText() {
        String a = "a = \"\"\"x \\\"\"\" y\"\"\"\"";
        String b = "b = 1979-05-27 07:32:00Z";
        String c = "c = { k = \"}\", m = [1, 2] } # after";
        String d = "d = '''it's'''";
        String e = "\"e.f\" = \"C:\\\\temp\"";
        assertFormats(String.join("\n", "[rule]", a, b, c, d, e, "", ""),
                String.join("\n", "[rule]", d, c, b, a, "\"e.f\" = 'C:\\temp'", ""));
    }

    @Test
    void invalidTomlIsRefusedAtItsPosition() {
        TomlFormatException e = assertThrows(TomlFormatException.class,
                () -> TomlFormatter.format("[rule]\nname = \"n\"\nrisk_score = = 3\n"));
        assertEquals(3, e.line());
        assertTrue(e.reason().startsWith("invalid TOML: "), e.reason());
    }
}
