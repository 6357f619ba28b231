package dev.rulesmith.validator.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rulesmith.validator.checks.MarkdownHeadings.Heading;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The text readers behind the timing and note checks: EQL comments/strings, spans, Markdown headings. */
class TextHelpersTest {

    @Test
    void blanksEqlCommentsAndStringsKeepingLineBreaks() {
        String query = "/* with maxspan=5h\n */ sequence // maxspan=1d\n [any where a == \"with maxspan=9h\"]";
        String blanked = EqlText.blank(query);
        assertEquals(query.length(), blanked.length());
        assertEquals(query.chars().filter(c -> c == '\n').count(), blanked.chars().filter(c -> c == '\n').count());
        assertFalse(blanked.contains("maxspan"), blanked);
        assertTrue(EqlText.isSequence(query));
        assertFalse(EqlText.isSequence("process where true // sequence"));
        assertTrue(EqlText.isSequence("SEQUENCE by host.id [process where true] [file where true]"));
    }

    @Test
    void readsSpansAndRelativeTimes() {
        assertEquals(Optional.of(90_000L), TimeSpans.millis("90s"));
        assertEquals(Optional.of(500L), TimeSpans.millis("500ms"));
        assertEquals(Optional.of(-119 * 60_000L), TimeSpans.relative("now-119m"));
        assertEquals(Optional.of(3_600_000L), TimeSpans.relative("now+1h"));
        assertEquals(Optional.empty(), TimeSpans.millis("10 minutes"));
        assertEquals(Optional.empty(), TimeSpans.millis("99999999999999999999m"));
        assertEquals(Optional.empty(), TimeSpans.relative("now-99999999999999999999m"));
        assertEquals("15m", TimeSpans.format(900_000L));
        assertEquals("90s", TimeSpans.format(90_000L));
    }

    @Test
    void hugeNumbersAreNotReadRatherThanThrown() {
        String huge = "99999999999999999999";
        CheckTester.assertClean(new MinStackFloor(), CheckTester.replace(CheckTester.seedRule(),
                "min_stack_version = \"8.9.0\"", "min_stack_version = \"" + huge + ".0.0\""));
        CheckTester.assertClean(new EqlMaxspanLookback(), RepositoryRules.eql("sequence with maxspan=" + huge + "d"));
        String buildingBlock = CheckTester.replace(CheckTester.replace(CheckTester.seedRule(), "type = \"query\"",
                "type = \"query\"\nbuilding_block_type = \"default\""), "interval = \"10m\"", "interval = \"60m\"");
        CheckTester.assertFindings(new BuildingBlockTiming(), CheckTester.replace(buildingBlock, "from = \"now-30m\"",
                "from = \"now-" + huge + "m\" # expect[building-block-timing]: must look back at least 119 minutes"));
        CheckTester.assertClean(new TransformPlaceholders(), CheckTester.replace(CheckTester.seedRule(),
                "note = \"\"\"## Setup", "note = \"\"\"## Setup\n$osquery_" + huge)
                + "\n[[transform.osquery]]\nlabel = \"x\"\nquery = \"y\"\n# expect(-3)[transform-placeholders]: "
                + "has 1 entry but rule.note places 0\n");
    }

    @Test
    void readsTopLevelAtxHeadingsOutsideCode() {
        String markdown = "## Setup\ntext\n```\n## not a heading\n```\n   ### Investigating X ###\n#no space\n"
                + "> ## quoted\n#";
        assertEquals(List.of(new Heading(2, "Setup", 1), new Heading(3, "Investigating X", 6), new Heading(1, "", 9)),
                MarkdownHeadings.of(markdown));
    }
}
