package dev.rulesmith.validator.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleLoaderTest {

    @TempDir
    Path dir;

    @Test
    void discoversRulesThroughASymlinkedDirectoryWithIncludesAndExcludes() throws IOException {
        Path real = Files.createDirectories(dir.resolve("real/aws"));
        Files.writeString(real.resolve("a.toml"), "");
        Files.writeString(real.resolve("b.toml"), "");
        Files.writeString(real.resolve("notes.md"), "");
        Files.createDirectories(dir.resolve("real/_deprecated"));
        Files.writeString(dir.resolve("real/_deprecated/old.toml"), "");
        Path link = Files.createSymbolicLink(dir.resolve("rules"), dir.resolve("real"));

        List<String> all = RuleLoader.discover(link).stream().map(p -> RuleLoader.displayPath(link, p)).toList();
        assertEquals(List.of("_deprecated/old.toml", "aws/a.toml", "aws/b.toml"), all);

        RuleSelection selection = new RuleSelection(List.of("aws/**"), List.of("**/b.toml"));
        assertEquals(List.of("aws/a.toml"), RuleLoader.discover(link, selection).stream()
                .map(p -> RuleLoader.displayPath(link, p)).toList());
    }
}
