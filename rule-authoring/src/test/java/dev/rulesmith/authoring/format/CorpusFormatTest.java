package dev.rulesmith.authoring.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rulesmith.validator.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.tomlj.Toml;

/**
 * The formatter over the 1,102 production rules of elastic/detection-rules: no value changes, query text stays
 * byte for byte, formatting twice is formatting once, and the files that are toml-lint's exact output stay as they
 * are (177 of them; the others were edited by hand after toml-lint or written by another version of it).
 */
class CorpusFormatTest {

    private static final Pattern QUERY = Pattern.compile("(?ms)^query = ('''.*?'''|\"\"\".*?\"\"\")");
    private static final int TOML_LINT_IDENTICAL = 177;

    @Test
    void formattingKeepsValuesAndQueriesAndIsIdempotent() throws IOException {
        int identical = 0;
        List<Path> files = corpus();
        for (Path file : files) {
            String source = Files.readString(file);
            String once = TomlFormatter.format(source);
            assertEquals(TomlValues.of(Toml.parse(source)), TomlValues.of(Toml.parse(once)), file.toString());
            assertEquals(once, TomlFormatter.format(once), "format twice = format once: " + file);
            Matcher query = QUERY.matcher(source);
            while (query.find()) {
                assertTrue(once.contains(query.group()), "query text kept byte for byte: " + file);
            }
            identical += once.equals(source) ? 1 : 0;
        }
        assertEquals(1102, files.size());
        assertTrue(identical >= TOML_LINT_IDENTICAL, identical + " byte-identical files, expected at least "
                + TOML_LINT_IDENTICAL);
    }

    private static List<Path> corpus() throws IOException {
        Path root = SharedData.require("corpus/detection-rules");
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".toml")).sorted().toList();
        }
    }
}
