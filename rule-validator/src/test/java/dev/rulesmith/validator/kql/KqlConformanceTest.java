package dev.rulesmith.validator.kql;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rulesmith.validator.SharedData;
import dev.rulesmith.validator.query.QuerySyntaxException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Elasticsearch's KQL parser accept/reject lists ({@code ../shared/conformance/kql-elasticsearch}), parsed against
 * the field mapping those lists assume. Six lines sit in both lists (the two files come from different upstream
 * versions; the newer grammar rejects free text inside a nested block): they must parse without a mapping, as
 * Kibana reads them, and be rejected with it, as Elasticsearch does.
 */
class KqlConformanceTest {

    private static final String DIR = "conformance/kql-elasticsearch/";
    private static final String WHITESPACE = " \t\n\r\u3000";
    private static final int KNOWN_CONFLICTS = 6;
    private static final Pattern REST_QUERY = Pattern.compile("\"query\":\\s*(\"(?:[^\"\\\\]|\\\\.)*\")");
    private static final Pattern ESQL_QUERY = Pattern.compile("kql\\((\"(?:[^\"\\\\]|\\\\.)*\")\\)");

    @TestFactory
    Stream<DynamicTest> everySupportedQueryParses() throws IOException {
        KqlMapping mapping = mapping();
        Set<String> conflicts = conflicts();
        return lines("supported-queries").stream().filter(q -> !conflicts.contains(q)).map(query ->
                DynamicTest.dynamicTest(query, () -> {
                    assertDoesNotThrow(() -> Kql.parse(query, mapping));
                    assertDoesNotThrow(() -> Kql.parse(query));
                }));
    }

    @TestFactory
    Stream<DynamicTest> everyUnsupportedQueryIsRejectedWithAPosition() throws IOException {
        KqlMapping mapping = mapping();
        return lines("unsupported-queries").stream().map(query -> DynamicTest.dynamicTest(query, () -> {
            QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> Kql.parse(query, mapping));
            assertTrue(e.line() >= 1 && e.column() >= 1 && e.column() <= query.length() + 1, e.getMessage());
            assertPlainWords(e.reason());
        }));
    }

    @TestFactory
    Stream<DynamicTest> queriesWrappedInRandomWhitespaceKeepTheirVerdict() throws IOException {
        KqlMapping mapping = mapping();
        Set<String> conflicts = conflicts();
        Random random = new Random(20_241_129L);
        Stream<DynamicTest> accepted = lines("supported-queries").stream().filter(q -> !conflicts.contains(q))
                .map(q -> wrap(q, random)).map(query -> DynamicTest.dynamicTest(visible(query),
                        () -> assertDoesNotThrow(() -> Kql.parse(query, mapping))));
        Stream<DynamicTest> rejected = lines("unsupported-queries").stream().map(q -> wrap(q, random))
                .map(query -> DynamicTest.dynamicTest(visible(query),
                        () -> assertThrows(QuerySyntaxException.class, () -> Kql.parse(query, mapping))));
        return Stream.concat(accepted, rejected);
    }

    @Test
    void linesInBothListsParseWithoutAMappingAndAreRejectedWithIt() throws IOException {
        KqlMapping mapping = mapping();
        Set<String> conflicts = conflicts();
        assertEquals(KNOWN_CONFLICTS, conflicts.size(), conflicts.toString());
        for (String query : conflicts) {
            assertDoesNotThrow(() -> Kql.parse(query), query);
            QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> Kql.parse(query, mapping));
            assertTrue(e.reason().contains("must name a field"), e.getMessage());
        }
    }

    @Test
    void everyQueryOfTheRestTestsAndTheEsqlSpecParses() throws IOException {
        List<String> queries = new ArrayList<>();
        try (Stream<Path> files = Files.list(SharedData.require(DIR + "rest-yaml"))) {
            for (Path file : files.sorted().toList()) {
                queries.addAll(jsonStrings(Files.readString(file), REST_QUERY));
            }
        }
        queries.addAll(jsonStrings(Files.readString(SharedData.require(DIR + "esql/kql-function.csv-spec")),
                ESQL_QUERY));
        assertTrue(queries.size() >= 100, queries.size() + " queries");
        for (String query : queries) {
            assertDoesNotThrow(() -> Kql.parse(query), query);
        }
    }

    @Test
    void theEmptyQueryMatchesEverything() {
        assertInstanceOf(KqlNode.MatchAll.class, Kql.parse(""));
        assertInstanceOf(KqlNode.MatchAll.class, Kql.parse(" \t\n\u3000"));
    }

    @Test
    void upstreamErrorExamplesKeepTheirPositions() {
        QuerySyntaxException quote = assertThrows(QuerySyntaxException.class, () -> Kql.parse("foo: \"bar"));
        assertEquals(List.of(1, 6), List.of(quote.line(), quote.column()));
        assertTrue(quote.reason().contains("missing closing '\"'"), quote.reason());
        QuerySyntaxException paren = assertThrows(QuerySyntaxException.class, () -> Kql.parse("foo: (bar baz"));
        assertEquals("line 1:14: missing ')' to close the '(' at 1:6", paren.getMessage());
    }

    static void assertPlainWords(String reason) {
        for (String soup : List.of("mismatched input", "extraneous input", "no viable alternative", "expecting",
                "token recognition", "<EOF>")) {
            assertFalse(reason.contains(soup), reason);
        }
    }

    private static List<String> jsonStrings(String text, Pattern pattern) throws IOException {
        List<String> strings = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            strings.add(new ObjectMapper().readValue(matcher.group(1), String.class));
        }
        return strings;
    }

    private static String wrap(String query, Random random) {
        return whitespace(random) + query + whitespace(random);
    }

    private static String whitespace(Random random) {
        StringBuilder out = new StringBuilder();
        for (int i = random.nextInt(4); i > 0; i--) {
            out.append(WHITESPACE.charAt(random.nextInt(WHITESPACE.length())));
        }
        return out.toString();
    }

    private static String visible(String query) {
        return query.replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r").replace("\u3000", "\\u3000");
    }

    private static Set<String> conflicts() throws IOException {
        Set<String> both = new HashSet<>(lines("supported-queries"));
        both.retainAll(lines("unsupported-queries"));
        return both;
    }

    static List<String> lines(String file) throws IOException {
        return Files.readAllLines(SharedData.require(DIR + file)).stream().map(String::trim)
                .filter(line -> !line.isEmpty() && !line.startsWith("//")).toList();
    }

    static KqlMapping mapping() throws IOException {
        Path file = SharedData.require(DIR + "mapping.json");
        JsonNode fields = new ObjectMapper().readTree(file.toFile()).path("fields");
        Set<String> nested = new HashSet<>();
        fields.fields().forEachRemaining(e -> {
            if (e.getValue().asText().equals("nested")) {
                nested.add(e.getKey());
            }
        });
        assertEquals(Set.of("mapped_nested", "mapped_nested.mapped_nested"), nested);
        return KqlMapping.nestedPaths(nested);
    }
}
