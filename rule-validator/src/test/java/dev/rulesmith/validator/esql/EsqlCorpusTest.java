package dev.rulesmith.validator.esql;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

/** Every ES|QL query of the production corpus ({@code ../shared/corpus/detection-rules}) parses. */
class EsqlCorpusTest {

    static final int CORPUS_ESQL_RULES = 100;

    @Test
    void everyCorpusEsqlQueryParses() throws IOException {
        List<String> failures = new ArrayList<>();
        List<Path> rules = esqlRules();
        for (Path rule : rules) {
            try {
                Esql.parse(Toml.parse(rule).getString("rule.query"));
            } catch (QuerySyntaxException e) {
                failures.add(rule + ": " + e.getMessage());
            }
        }
        assertEquals(CORPUS_ESQL_RULES, rules.size(), "ES|QL rules in the corpus");
        assertEquals(List.of(), failures, failures.size() + " of " + rules.size() + " ES|QL queries fail to parse");
    }

    /** The corpus rules whose query is ES|QL. */
    static List<Path> esqlRules() throws IOException {
        Path corpus = SharedData.require("corpus/detection-rules");
        try (Stream<Path> files = Files.walk(corpus)) {
            List<Path> rules = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".toml")).sorted().toList()) {
                TomlParseResult toml = Toml.parse(file);
                if ("esql".equals(toml.getString("rule.language"))) {
                    rules.add(file);
                }
            }
            return rules;
        }
    }
}
