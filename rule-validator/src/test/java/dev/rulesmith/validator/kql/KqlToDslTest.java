package dev.rulesmith.validator.kql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rulesmith.validator.query.QuerySyntaxException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Golden KQL to query DSL translations ({@code kql-to-dsl.txt}), written from Kibana's conversion code. */
class KqlToDslTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int MINIMUM_CASES = 30;
    private static final KqlDslOptions WITH_FIELDS = KqlDslOptions.defaults()
            .withFields(Map.ofEntries(Map.entry("host.name", "keyword"), Map.entry("message", "text"),
                    Map.entry("@timestamp", "date"), Map.entry("process.pid", "long"), Map.entry("user", "nested"),
                    Map.entry("user.name", "keyword"), Map.entry("user.full_name", "text"),
                    Map.entry("user.roles", "nested"), Map.entry("user.roles.id", "keyword"),
                    Map.entry("nestedField", "nested"), Map.entry("nestedField.nestedChild", "nested"),
                    Map.entry("nestedField.nestedChild.doublyNestedChild", "text")))
            .withCaseInsensitive(false)
            .withDateFormatTz("Zulu");

    /** One golden: {@code mode} is "" (defaults), "s" (search query) or "f" (with the field list). */
    record Golden(int line, String mode, String query, String expected) {
    }

    @TestFactory
    Stream<DynamicTest> goldens() throws IOException {
        List<Golden> goldens = goldensFromFile();
        assertTrue(goldens.size() >= MINIMUM_CASES, "only " + goldens.size() + " goldens");
        return goldens.stream().map(g -> DynamicTest.dynamicTest("line " + g.line() + ": " + g.query(),
                () -> run(g)));
    }

    @Test
    void andClausesGoToMustWhenAsked() throws IOException {
        KqlToDsl toDsl = new KqlToDsl(KqlDslOptions.defaults().withFiltersInMustClause(true));
        JsonNode dsl = toDsl.toQuery(Kql.parse("a:1 and b:2"));
        assertEquals(2, dsl.path("bool").path("must").size(), dsl.toString());
        JsonNode search = toDsl.toSearchQuery(Kql.parse("a:1"));
        assertEquals(1, search.path("bool").path("must").size(), search.toString());
        assertEquals(0, search.path("bool").path("filter").size(), search.toString());
    }

    private static void run(Golden golden) throws IOException {
        if (golden.expected().startsWith("! ")) {
            QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> translate(golden));
            assertTrue(e.reason().contains(golden.expected().substring(2)), e.getMessage());
            return;
        }
        assertEquals(MAPPER.readTree(golden.expected()), translate(golden), golden.query());
    }

    private static JsonNode translate(Golden golden) {
        KqlNode node = Kql.parse(golden.query());
        return switch (golden.mode()) {
            case "s" -> new KqlToDsl(KqlDslOptions.defaults()).toSearchQuery(node);
            case "f" -> new KqlToDsl(WITH_FIELDS).toQuery(node);
            default -> KqlToDsl.query(node);
        };
    }

    private static List<Golden> goldensFromFile() {
        List<Golden> goldens = new ArrayList<>();
        List<String> lines = read();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int space = line.indexOf(' ');
            if (line.startsWith(">")) {
                String mode = space < 0 ? line.substring(1) : line.substring(1, space);
                String query = space < 0 ? "" : line.substring(space + 1);
                goldens.add(new Golden(i + 1, mode, query, lines.get(++i)));
            }
        }
        return goldens;
    }

    private static List<String> read() {
        try (InputStream in = KqlToDslTest.class.getResourceAsStream("kql-to-dsl.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
