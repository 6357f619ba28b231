package dev.rulesmith.validator.eql;

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

/** Every EQL query of the production corpus ({@code ../shared/corpus/detection-rules}) parses. */
class EqlCorpusTest {

    static final int CORPUS_EQL_RULES = 539;

    @Test
    void everyCorpusEqlQueryParses() throws IOException {
        List<String> failures = new ArrayList<>();
        List<Path> rules = eqlRules();
        for (Path rule : rules) {
            try {
                Eql.parse(query(rule));
            } catch (QuerySyntaxException e) {
                failures.add(rule + ": " + e.getMessage());
            }
        }
        assertEquals(CORPUS_EQL_RULES, rules.size(), "EQL rules in the corpus");
        assertEquals(List.of(), failures, failures.size() + " of " + rules.size() + " EQL queries fail to parse");
    }

    /** The corpus rules whose query is EQL ({@code language = "eql"} or {@code type = "eql"}). */
    static List<Path> eqlRules() throws IOException {
        Path corpus = SharedData.require("corpus/detection-rules");
        try (Stream<Path> files = Files.walk(corpus)) {
            List<Path> rules = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".toml")).sorted().toList()) {
                TomlParseResult toml = Toml.parse(file);
                if ("eql".equals(toml.getString("rule.language")) || "eql".equals(toml.getString("rule.type"))) {
                    rules.add(file);
                }
            }
            return rules;
        }
    }

    /** The corpus EQL rules, or none when the shared data is absent (for tests that only use them as seeds). */
    static List<Path> eqlRulesIfPresent() throws IOException {
        return SharedData.root().isPresent() ? eqlRules() : List.of();
    }

    static String query(Path rule) throws IOException {
        return Toml.parse(rule).getString("rule.query");
    }
}
