package dev.rulesmith.validator.eql;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.rulesmith.validator.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.tomlj.Toml;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlTable;

/** Every active query of Elasticsearch's EQL QA spec suite ({@code ../shared/conformance/eql-elasticsearch}) parses. */
class EqlConformanceTest {

    private static final List<String> FILES = List.of("test_queries.toml", "additional_test_queries.toml",
            "test_missing_events.toml", "test_sample.toml", "test_sample_multi.toml", "test_extra.toml",
            "test_queries_date.toml", "test_queries_date_nanos.toml", "test_failing_shards.toml");

    /** A bare {@code null} inside a {@code join_keys} array (test_extra.toml), which strict TOML rejects. */
    private static final Pattern BARE_NULL = Pattern.compile("(?<=[\\[,\\s])null(?=\\s*[,\\]])");

    @TestFactory
    Stream<DynamicTest> everyConformanceQueryParses() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String file : FILES) {
            Path path = SharedData.require("conformance/eql-elasticsearch/" + file);
            TomlParseResult toml = Toml.parse(fixBareNulls(Files.readString(path)));
            assertFalse(toml.hasErrors(), file + ": " + toml.errors());
            var queries = toml.getArray("queries");
            for (int i = 0; i < queries.size(); i++) {
                TomlTable entry = queries.getTable(i);
                String name = file + " #" + i + " " + entry.getString("name", () -> "");
                String query = entry.getString("query").trim();
                tests.add(DynamicTest.dynamicTest(name, () -> assertDoesNotThrow(() -> Eql.parse(query),
                        () -> name + ":\n" + query)));
            }
        }
        return tests.stream();
    }

    static String fixBareNulls(String toml) {
        StringBuilder out = new StringBuilder();
        for (String line : toml.split("\n", -1)) {
            if (line.stripLeading().startsWith("join_keys")) {
                Matcher m = BARE_NULL.matcher(line);
                line = m.replaceAll("\"null\"");
            }
            out.append(line).append('\n');
        }
        return out.toString();
    }
}
