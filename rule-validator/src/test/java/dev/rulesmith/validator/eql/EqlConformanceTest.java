package dev.rulesmith.validator.eql;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.rulesmith.validator.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /** The suite files and their active query counts (per the conformance README). */
    private static final Map<String, Integer> FILES = orderedMap(
            "test_queries.toml", 133, "additional_test_queries.toml", 61, "test_missing_events.toml", 26,
            "test_sample.toml", 25, "test_sample_multi.toml", 9, "test_extra.toml", 40,
            "test_queries_date.toml", 4, "test_queries_date_nanos.toml", 3, "test_failing_shards.toml", 19,
            "test_between_queries.toml", 2);

    /** A bare {@code null} inside a {@code join_keys} array (test_extra.toml), which strict TOML rejects. */
    private static final Pattern BARE_NULL = Pattern.compile("(?<=[\\[,\\s])null(?=\\s*[,\\]])");

    @TestFactory
    Stream<DynamicTest> everyConformanceQueryParses() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, Integer> file : FILES.entrySet()) {
            Path path = SharedData.require("conformance/eql-elasticsearch/" + file.getKey());
            TomlParseResult toml = Toml.parse(fixBareNulls(Files.readString(path)));
            assertFalse(toml.hasErrors(), file + ": " + toml.errors());
            var queries = toml.getArray("queries");
            assertEquals(file.getValue(), queries.size(), "active queries in " + file.getKey());
            for (int i = 0; i < queries.size(); i++) {
                TomlTable entry = queries.getTable(i);
                String name = file.getKey() + " #" + i + " " + entry.getString("name", () -> "");
                String query = entry.getString("query").trim();
                tests.add(DynamicTest.dynamicTest(name, () -> assertDoesNotThrow(() -> Eql.parse(query),
                        () -> name + ":\n" + query)));
            }
        }
        return tests.stream();
    }

    private static Map<String, Integer> orderedMap(Object... entries) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < entries.length; i += 2) {
            map.put((String) entries[i], (Integer) entries[i + 1]);
        }
        return map;
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
