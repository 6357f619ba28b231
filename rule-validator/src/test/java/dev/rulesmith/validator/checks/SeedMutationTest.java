package dev.rulesmith.validator.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rulesmith.validator.check.Check;
import dev.rulesmith.validator.check.ReferenceData;
import dev.rulesmith.validator.engine.Validator;
import dev.rulesmith.validator.engine.ValidatorConfig;
import dev.rulesmith.validator.finding.Finding;
import dev.rulesmith.validator.model.RuleLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Data-driven: each case of {@code schema/seed-mutations.txt} puts one defect into the seed rule, and the schema
 * checks must report exactly that defect, on its line, with its message.
 */
class SeedMutationTest {

    private static final String SPEC = "/dev/rulesmith/validator/schema/seed-mutations.txt";
    private static final List<Check> CHECKS = List.of(new RuleSchema(), new RiskScoreBand(), new DateOrder());
    private static final ReferenceData REFERENCE = ReferenceData.bundled();

    record Mutation(String name, String replace, String with, String at, String check, String message) {
    }

    @TestFactory
    Stream<DynamicTest> eachDefectIsReportedOnItsLine() {
        List<Mutation> mutations = mutations();
        assertFalse(mutations.isEmpty(), "no cases in " + SPEC);
        return mutations.stream().map(m -> DynamicTest.dynamicTest(m.name(), () -> assertReported(m)));
    }

    @Test
    void theSeedRuleItselfIsClean() {
        assertEquals(List.of(), findings(CheckTester.seedRule()));
    }

    private static void assertReported(Mutation mutation) {
        String toml = CheckTester.replace(CheckTester.seedRule(), mutation.replace(), mutation.with());
        List<String> findings = findings(toml);
        int line = lineOf(toml, mutation.at());
        assertEquals(1, findings.size(), "exactly one finding expected, got " + findings);
        String finding = findings.get(0);
        assertTrue(finding.startsWith("rule.toml:" + line + ":"), "line " + line + " expected: " + finding);
        assertTrue(finding.endsWith("[" + mutation.check() + "]"), "check " + mutation.check() + ": " + finding);
        assertTrue(finding.contains(mutation.message()), "message '" + mutation.message() + "': " + finding);
    }

    private static List<String> findings(String toml) {
        return new Validator(REFERENCE, ValidatorConfig.DEFAULT, CHECKS)
                .validate(List.of(RuleLoader.parse("rule.toml", toml))).findings().stream()
                .map(Finding::format).toList();
    }

    private static int lineOf(String toml, String text) {
        String[] lines = toml.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(text)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("no line contains: " + text);
    }

    private static List<Mutation> mutations() {
        List<Mutation> out = new ArrayList<>();
        Map<String, String> fields = new HashMap<>();
        for (String line : (spec() + "\n\n").split("\n", -1)) {
            if (line.isBlank()) {
                if (!fields.isEmpty()) {
                    out.add(new Mutation(fields.get("case"), unescape(fields.get("replace")),
                            unescape(fields.get("with")), fields.get("at"), fields.get("check"), fields.get("message")));
                    fields.clear();
                }
            } else if (!line.startsWith("#")) {
                int colon = line.indexOf(':');
                fields.put(line.substring(0, colon), line.substring(colon + 1).strip());
            }
        }
        return out;
    }

    private static String unescape(String text) {
        return text.replace("\\n", "\n");
    }

    private static String spec() {
        try (InputStream in = SeedMutationTest.class.getResourceAsStream(SPEC)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
