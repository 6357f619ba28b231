package dev.rulesmith.validator.toml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.rulesmith.validator.SharedData;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.tomlj.Toml;

/**
 * {@link TomlReader} against tomlj as the oracle: the spec cases under {@code toml/valid} and every corpus rule read
 * to the same keys, values, types and positions; each case of {@code toml/invalid.spec} is refused by both, the
 * reader naming the line and column the case gives (where tomlj is more lenient than TOML 1.0, the case says so).
 */
class TomlReaderTest {

    private static final Path SPECS = specs();
    private static final Pattern CASE = Pattern.compile("(?m)^=== (.+) @ (\\d+):(\\d+)( \\(tomlj accepts it\\))?\\n");

    @TestFactory
    Stream<DynamicTest> specCasesReadAsTomljParsesThem() throws IOException {
        List<Path> files = tomlFiles(SPECS.resolve("valid"));
        assertFalse(files.isEmpty());
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(),
                () -> TomljOracle.assertSameAsTomlj(file.toString(), Files.readString(file))));
    }

    @Test
    void everyCorpusRuleReadsAsTomljParsesIt() throws Exception {
        List<Path> files = tomlFiles(SharedData.require("corpus/detection-rules"));
        assertEquals(1102, files.size());
        for (Path file : files) {
            TomljOracle.assertSameAsTomlj(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        }
    }

    @TestFactory
    Stream<DynamicTest> invalidCasesAreRefusedWhereTheyGoWrong() throws IOException {
        String spec = Files.readString(SPECS.resolve("invalid.spec"));
        Matcher matcher = CASE.matcher(spec);
        List<DynamicTest> tests = new ArrayList<>();
        List<int[]> bounds = new ArrayList<>();
        while (matcher.find()) {
            bounds.add(new int[] {matcher.start(), matcher.end()});
        }
        assertFalse(bounds.isEmpty());
        for (int i = 0; i < bounds.size(); i++) {
            matcher.find(bounds.get(i)[0]);
            String name = matcher.group(1);
            int line = Integer.parseInt(matcher.group(2));
            int column = Integer.parseInt(matcher.group(3));
            boolean tomljAccepts = matcher.group(4) != null;
            String source = spec.substring(bounds.get(i)[1], i + 1 < bounds.size() ? bounds.get(i + 1)[0] : spec.length());
            tests.add(DynamicTest.dynamicTest(name, () -> {
                assertEquals(tomljAccepts, Toml.parse(source).errors().isEmpty(), "tomlj accepts it");
                TomlReadException error = assertThrows(TomlReadException.class, () -> TomlReader.read(source));
                assertEquals(line + ":" + column, error.line() + ":" + error.column(), error.getMessage());
            }));
        }
        return tests.stream();
    }

    /** Not in the spec files, which keep to line feeds: a document with Windows line ends. */
    @Test
    void windowsLineEndsReadAsTomljParsesThem() throws TomlReadException {
        String source = String.join("\r\n", "[rule]", "a = \"x\" # c", "q = \"\"\"", "one", "two\\", "  three\"\"\"",
                "l = '''", "x", "'''", "n = [", "  1,", "  2", "]", "");
        TomljOracle.assertSameAsTomlj("CRLF", source);
    }

    /** Not in the spec file: tomlj fails its own assertion on it (with {@code -ea}) instead of reporting an error. */
    @Test
    void shortUnicodeEscapeIsRefused() {
        TomlReadException error = assertThrows(TomlReadException.class, () -> TomlReader.read("s = \"\\u12\"\n"));
        assertEquals("1:6", error.line() + ":" + error.column(), error.getMessage());
    }

    private static List<Path> tomlFiles(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(f -> f.toString().endsWith(".toml")).sorted().toList();
        }
    }

    private static Path specs() {
        try {
            return Path.of(TomlReaderTest.class.getResource("/dev/rulesmith/validator/toml").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
