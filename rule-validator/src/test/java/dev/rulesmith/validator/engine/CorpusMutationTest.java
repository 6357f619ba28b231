package dev.rulesmith.validator.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rulesmith.validator.SharedData;
import dev.rulesmith.validator.check.ReferenceData;
import dev.rulesmith.validator.finding.Finding;
import dev.rulesmith.validator.finding.Severity;
import dev.rulesmith.validator.model.RuleLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Production rules mutated one defect at a time: each defect is exactly one error, on its line, from its check. */
class CorpusMutationTest {

    private static final Validator VALIDATOR = new Validator(ReferenceData.bundled(), ValidatorConfig.DEFAULT);

    @TestFactory
    Stream<DynamicTest> everyDefectIsOneErrorOnItsLine() throws IOException {
        Path corpus = SharedData.require("corpus/detection-rules");
        List<Map<String, String>> cases = cases();
        assertTrue(cases.size() >= 9, "spec lost its cases");
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.get("case"), () -> run(corpus, c)));
    }

    private static void run(Path corpus, Map<String, String> mutation) throws IOException {
        String source = Files.readString(corpus.resolve(mutation.get("rule")));
        assertTrue(source.contains(mutation.get("replace")), "the rule no longer holds: " + mutation.get("replace"));
        String mutated = source.replaceFirst(java.util.regex.Pattern.quote(mutation.get("replace")),
                java.util.regex.Matcher.quoteReplacement(mutation.get("with")));
        assertEquals(List.of(), errors(source), "the unmutated rule must be clean");
        List<Finding> errors = errors(mutated);
        assertEquals(1, errors.size(), "errors: " + errors.stream().map(Finding::format).toList());
        assertEquals(mutation.get("check"), errors.get(0).checkId(), errors.get(0).format());
        assertEquals(lineOf(mutated, mutation.get("with")), errors.get(0).position().line(), errors.get(0).format());
    }

    private static List<Finding> errors(String toml) {
        return VALIDATOR.validate(List.of(RuleLoader.parse("rule.toml", toml))).findings().stream()
                .filter(f -> f.severity() == Severity.ERROR).toList();
    }

    private static int lineOf(String text, String needle) {
        return (int) text.substring(0, text.indexOf(needle)).chars().filter(c -> c == '\n').count() + 1;
    }

    private static List<Map<String, String>> cases() throws IOException {
        List<Map<String, String>> cases = new ArrayList<>();
        Map<String, String> current = new HashMap<>();
        try (InputStream in = CorpusMutationTest.class.getResourceAsStream("corpus-mutations.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    if (!current.isEmpty()) {
                        cases.add(Map.copyOf(current));
                        current = new HashMap<>();
                    }
                    continue;
                }
                int colon = line.indexOf(": ");
                current.put(line.substring(0, colon), line.substring(colon + 2));
            }
        }
        if (!current.isEmpty()) {
            cases.add(Map.copyOf(current));
        }
        return cases;
    }
}
