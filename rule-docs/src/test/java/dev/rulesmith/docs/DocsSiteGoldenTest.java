package dev.rulesmith.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed rule's page (HTML and Markdown) and the index, byte for byte against the committed golden files under
 * {@code src/test/resources/dev/rulesmith/docs/golden}. After an intended change to the output, regenerate them with
 * {@code mvn -o -pl rule-docs test -Dtest=DocsSiteGoldenTest -Drulesmith.updateGolden=true}, then review the diff.
 */
class DocsSiteGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/dev/rulesmith/docs/golden");

    @TempDir
    Path out;

    @Test
    void seedRulePageMatchesGolden() throws IOException {
        DocsSite.write(SampleSite.request(out));
        assertGolden(SampleSite.SEED_PAGE);
    }

    @Test
    void seedRuleMarkdownMatchesGolden() throws IOException {
        DocsSite.write(SampleSite.request(out));
        assertGolden(SampleSite.SEED_MARKDOWN);
    }

    @Test
    void indexMatchesGolden() throws IOException {
        DocsSite.write(SampleSite.request(out));
        assertGolden("index.html");
    }

    @Test
    void secondRunChangesNothing(@TempDir Path elsewhere) throws IOException {
        DocsSite.write(SampleSite.request(out));
        Map<String, String> first = snapshot(out);
        DocsSite.write(SampleSite.request(out));
        assertEquals(first, snapshot(out));
        DocsSite.write(SampleSite.request(elsewhere));
        assertEquals(first, snapshot(elsewhere), "the output must not depend on where it is written");
        assertTrue(first.keySet().containsAll(java.util.List.of("index.html", "attack-coverage.html", "style.css",
                "search.js", SampleSite.SEED_PAGE, SampleSite.SEED_MARKDOWN)), first.keySet().toString());
    }

    private void assertGolden(String relative) throws IOException {
        String actual = Files.readString(out.resolve(relative), StandardCharsets.UTF_8);
        Path golden = GOLDEN.resolve(relative);
        if (Boolean.getBoolean("rulesmith.updateGolden")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertTrue(Files.isRegularFile(golden),
                "no golden file " + golden + " (run with -Drulesmith.updateGolden=true)");
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, relative + " differs from " + golden);
    }

    private static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString().replace('\\', '/'),
                        Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
