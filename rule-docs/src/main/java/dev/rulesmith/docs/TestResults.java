package dev.rulesmith.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The harness's results as {@code TestReportJson} writes them, by rule path. Only the JSON is read, so the site can
 * be built without running the tests; a missing file means no results.
 */
final class TestResults {

    /** One case's outcome: {@code status} is passed, failed, error or skipped. */
    record CaseOutcome(String name, boolean positive, String status, String expected, int alerts, String message) {
    }

    /** A rule's outcomes and the problems that kept its cases from running. */
    record RuleOutcome(List<CaseOutcome> cases, List<String> problems) {
        RuleOutcome {
            cases = List.copyOf(cases);
            problems = List.copyOf(problems);
        }
    }

    private final Map<String, RuleOutcome> byPath;

    private TestResults(Map<String, RuleOutcome> byPath) {
        this.byPath = Map.copyOf(byPath);
    }

    static TestResults none() {
        return new TestResults(Map.of());
    }

    static TestResults read(Optional<Path> file) {
        if (file.isEmpty() || !Files.isRegularFile(file.get())) {
            return none();
        }
        try {
            return parse(new ObjectMapper().readTree(file.get().toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read test results " + file.get() + ": " + e.getMessage(), e);
        }
    }

    static TestResults parse(JsonNode root) {
        Map<String, RuleOutcome> byPath = new TreeMap<>();
        for (JsonNode rule : root.path("rules")) {
            List<CaseOutcome> cases = new ArrayList<>();
            for (JsonNode c : rule.path("cases")) {
                cases.add(new CaseOutcome(c.path("name").asText(), c.path("positive").asBoolean(),
                        c.path("status").asText(), c.path("expected").asText(), c.path("alerts").asInt(),
                        c.path("message").asText("")));
            }
            List<String> problems = new ArrayList<>();
            rule.path("problems").forEach(p -> problems.add(p.asText()));
            byPath.put(rule.path("path").asText(), new RuleOutcome(cases, problems));
        }
        return new TestResults(byPath);
    }

    Optional<RuleOutcome> forRule(String rulePath) {
        return Optional.ofNullable(byPath.get(rulePath));
    }
}
