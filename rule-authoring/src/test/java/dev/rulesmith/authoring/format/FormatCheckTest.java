package dev.rulesmith.authoring.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checking and rewriting a set of files: which change, which fail, what is written; the sample rules are canonical. */
class FormatCheckTest {

    private static final String CANONICAL = "[rule]\na = 1\nb = 2\n\n";

    @Test
    void checkListsTheFilesThatWouldChangeAndWritesNothing(@TempDir Path dir) throws IOException {
        Path clean = Files.writeString(dir.resolve("clean.toml"), CANONICAL);
        Path messy = Files.writeString(dir.resolve("messy.toml"), "[rule]\nb = 2\na = 1\n");
        FormatCheck.Result result = FormatCheck.check(List.of(clean, messy));
        assertEquals(List.of(messy), result.changed());
        assertEquals(List.of(), result.failures());
        assertEquals("[rule]\nb = 2\na = 1\n", Files.readString(messy));
    }

    @Test
    void formatRewritesThemAndASecondRunChangesNothing(@TempDir Path dir) throws IOException {
        Path messy = Files.writeString(dir.resolve("messy.toml"), "[rule]\nb = 2\na = 1\n");
        assertEquals(List.of(messy), FormatCheck.format(List.of(messy)).changed());
        assertEquals(CANONICAL, Files.readString(messy));
        assertEquals(List.of(), FormatCheck.format(List.of(messy)).changed());
    }

    @Test
    void invalidTomlIsReportedWithItsPositionAndLeftUntouched(@TempDir Path dir) throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.toml"), "[rule]\nb = \n");
        FormatCheck.Result result = FormatCheck.format(List.of(broken));
        assertEquals(List.of(), result.changed());
        assertEquals(1, result.failures().size());
        FormatCheck.Failure failure = result.failures().get(0);
        assertEquals(2, failure.line());
        assertEquals(broken + ":2:" + failure.column() + ": " + failure.reason(), failure.format());
        assertEquals("[rule]\nb = \n", Files.readString(broken));
    }

    @Test
    void theSampleRulesAreInTheCanonicalLayout() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("..", "rules", "rules"))) {
            List<Path> rules = files.filter(p -> p.toString().endsWith(".toml")).sorted().toList();
            FormatCheck.Result result = FormatCheck.check(rules);
            assertEquals(List.of(), result.changed(), "run mvn detection:format on the sample rules");
            assertEquals(List.of(), result.failures());
            assertFalse(rules.isEmpty(), "no sample rules found");
        }
    }
}
