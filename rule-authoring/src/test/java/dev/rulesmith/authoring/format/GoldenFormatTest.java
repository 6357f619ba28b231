package dev.rulesmith.authoring.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tomlj.Toml;

/**
 * Golden files: {@code golden/<case>.input.toml} (a rule of one type written in a careless layout, with comments)
 * formats to {@code golden/<case>.expected.toml}; formatting the expected file changes nothing; values are kept.
 */
class GoldenFormatTest {

    static Stream<String> cases() {
        return Stream.of("query_kuery", "query_lucene", "eql", "esql", "threshold", "new_terms", "threat_match",
                "machine_learning", "transform", "deprecated");
    }

    @ParameterizedTest
    @MethodSource("cases")
    void formatsToTheGoldenFileAndIsIdempotent(String name) throws IOException {
        String input = resource(name + ".input.toml");
        String expected = resource(name + ".expected.toml");
        String formatted = TomlFormatter.format(input);
        assertEquals(expected, formatted);
        assertEquals(expected, TomlFormatter.format(expected));
        assertEquals(TomlValues.of(Toml.parse(input)), TomlValues.of(Toml.parse(formatted)));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = GoldenFormatTest.class.getResourceAsStream("golden/" + name)) {
            if (in == null) {
                throw new IOException("no golden file " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
