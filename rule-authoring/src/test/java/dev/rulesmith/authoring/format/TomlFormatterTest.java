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

    /**
     * toml-lint's {@code dump_str}: a text holding a double quote becomes a block (here with a line-ending backslash,
     * so that no newline joins the value); any other text a basic string escaped as {@code json.dumps} escapes it
     * (outside ASCII as a lower-case {@code \}{@code uxxxx}, but a character outside the BMP as it is: TOML takes no
     * surrogate escapes); a text kept as written (note, setup, message) takes a literal string when it holds a double
     * quote and no single quote; multi-line strings stay as written.
     */
    @Test
    void singleLineStringsTakeToml_lintQuotesAndMultiLineStringsAreKept() {
        assertFormats("""
                [rule]
                a = "plain"
                b = \"""
                says "hi"\\
                \"""
                c = \"""
                it's "quoted"\\
                \"""
                d = "tab\\there caf\\u00e9 \\u2026 🔥"
                e = \"""
                  kept   as
                written\"""
                note = 'says "hi"'

                """, """
                [rule]
                note = "says \\"hi\\""
                a = 'plain'
                b = "says \\"hi\\""
                c = "it's \\"quoted\\""
                d = "tab\\u0009here café … 🔥"
                e = \"""
                  kept   as
                written\"""
                """);
    }

    /** textwrap's lines (at most 120 characters, broken between words), each ending with a line-ending backslash. */
    @Test
    void longStringsWrapAt120ColumnsWithoutChangingTheValue() {
        String words = "word ".repeat(40).trim();
        String formatted = TomlFormatter.format("[rule]\ndescription = \"" + words + "\"\n");
        List<String> lines = formatted.lines().toList();
        assertEquals("description = \"\"\"", lines.get(1));
        assertEquals("word ".repeat(24) + "\\", lines.get(2));
        assertEquals("word ".repeat(16).trim() + "\\", lines.get(3));
        assertEquals("\"\"\"", lines.get(4));
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
        String c = "[rule.c] # after\nk = \"}\"\nm = [1, 2]";
        String d = "d = '''it's'''";
        String e = "\"e.f\" = \"C:\\\\temp\"";
        assertFormats(String.join("\n", "[rule]", a, b, d, e, "", c, "", ""),
                String.join("\n", "[rule]", d, "c = { k = \"}\", m = [1, 2] } # after", b, a,
                        "\"e.f\" = 'C:\\temp'", ""));
    }

    /** As toml-lint writes every table, an inline table becomes a [section]; an integer is written in decimal. */
    @Test
    void inlineTablesBecomeSectionsAndIntegersDecimal() {
        assertFormats("""
                [rule]
                n = 31
                size = 1000

                [rule.alert_suppression]
                group_by = ["a"]

                [rule.empty]
                kept = {}

                # how long
                [rule.alert_suppression.duration] # minutes
                unit = "m"
                value = 5

                """, """
                [rule]
                size = +1_000
                n = 0x1F
                empty.kept = {}
                [rule.alert_suppression]
                # how long
                duration = { value = 5, unit = "m" } # minutes
                group_by = ["a"]
                """);
    }

    @Test
    void invalidTomlIsRefusedAtItsPosition() {
        TomlFormatException e = assertThrows(TomlFormatException.class,
                () -> TomlFormatter.format("[rule]\nname = \"n\"\nrisk_score = = 3\n"));
        assertEquals(3, e.line());
        assertTrue(e.reason().startsWith("invalid TOML: "), e.reason());
    }
}
