package dev.rulesmith.validator.eql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.rulesmith.validator.SharedData;
import dev.rulesmith.validator.query.QuerySyntaxException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseResult;

/**
 * The historical 7.9/7.10 files of Elasticsearch's EQL QA suite as parser tests: each entry parses or is rejected
 * with the line:col and reason pinned in {@code eql-historical.txt}, whose header says how the outcomes were checked
 * against today's Elasticsearch.
 */
class HistoricalEqlSyntaxTest {

    private static final List<String> FILES = List.of("test_queries_supported.toml", "test_queries_unsupported.toml");

    @TestFactory
    Stream<DynamicTest> everyHistoricalEntryHasItsPinnedOutcome() throws IOException {
        Map<String, String> expected = expectations();
        List<DynamicTest> tests = new ArrayList<>();
        for (String file : FILES) {
            Path path = SharedData.require("conformance/eql-elasticsearch/" + file);
            TomlParseResult toml = Toml.parse(Files.readString(path));
            assertFalse(toml.hasErrors(), file + ": " + toml.errors());
            TomlArray queries = toml.getArray("queries");
            for (int i = 0; i < queries.size(); i++) {
                String key = file + " #" + i;
                String query = queries.getTable(i).getString("query").trim();
                tests.add(DynamicTest.dynamicTest(key, () -> assertEquals(expected.get(key), outcome(query),
                        () -> key + ":\n" + query)));
            }
        }
        assertEquals(expected.size(), tests.size(), "entries pinned vs entries in the files");
        return tests.stream();
    }

    private static String outcome(String query) {
        try {
            Eql.parse(query);
            return "parses";
        } catch (QuerySyntaxException e) {
            return e.line() + ":" + e.column() + " " + e.reason();
        }
    }

    private static Map<String, String> expectations() throws IOException {
        Map<String, String> outcomes = new LinkedHashMap<>();
        try (InputStream in = HistoricalEqlSyntaxTest.class.getResourceAsStream("eql-historical.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    int colon = line.indexOf(": ");
                    outcomes.put(line.substring(0, colon), line.substring(colon + 2));
                }
            }
        }
        return outcomes;
    }
}
