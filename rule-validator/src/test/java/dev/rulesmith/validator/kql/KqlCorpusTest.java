package dev.rulesmith.validator.kql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rulesmith.validator.SharedData;
import dev.rulesmith.validator.query.QuerySyntaxException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.tomlj.Toml;
import org.tomlj.TomlParseResult;

/** Every KQL query of the production rules corpus ({@code query} and threat_match {@code threat_query}) parses. */
class KqlCorpusTest {

    private static final int KUERY_RULES = 417;
    private static final int THREAT_QUERIES = 3;

    /** One KQL query of a rule file, with the key it came from. */
    record CorpusQuery(Path file, String key, String query) {
    }

    @Test
    void everyKueryRuleQueryParses() throws IOException {
        List<CorpusQuery> queries = queries();
        assertEquals(KUERY_RULES, queries.stream().filter(q -> q.key().equals("rule.query")).count());
        assertEquals(THREAT_QUERIES, queries.stream().filter(q -> q.key().equals("rule.threat_query")).count());
        List<String> failures = new ArrayList<>();
        for (CorpusQuery query : queries) {
            try {
                KqlSpecTest.assertSpansInside(Kql.parse(query.query()), query.query().length());
            } catch (QuerySyntaxException e) {
                failures.add(query.file().getFileName() + " " + query.key() + ": " + e.getMessage());
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " failures:\n" + String.join("\n", failures));
    }

    static List<CorpusQuery> queries() throws IOException {
        Path root = SharedData.require("corpus/detection-rules");
        List<CorpusQuery> queries = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".toml")).sorted().toList()) {
                String text = Files.readString(file);
                TomlParseResult toml = text.contains("kuery") ? Toml.parse(text) : null;
                if (toml != null && "kuery".equals(toml.getString("rule.language"))) {
                    add(queries, file, toml, "rule.query");
                    add(queries, file, toml, "rule.threat_query");
                }
            }
        }
        return queries;
    }

    private static void add(List<CorpusQuery> queries, Path file, TomlParseResult toml, String key) {
        String query = toml.getString(key);
        if (query != null) {
            queries.add(new CorpusQuery(file, key, query));
        }
    }
}
