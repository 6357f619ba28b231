package dev.rulesmith.docs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.rulesmith.fixtures.model.FixtureCase;
import dev.rulesmith.fixtures.model.FixtureFile;
import dev.rulesmith.fixtures.model.FixtureFormatException;
import dev.rulesmith.fixtures.model.FixtureLoader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What a rule page shows as test evidence: each case with its kind and outcome (from the test results; "not run"
 * when there are none), and one positive and one negative example event from the fixture file, pretty-printed.
 */
record TestEvidence(String fixturePath, boolean ran, List<CaseRow> cases, List<String> problems,
                    Example positive, Example negative) {

    private static final ObjectWriter JSON = new ObjectMapper().writer(new DefaultPrettyPrinter(
            Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    TestEvidence {
        cases = List.copyOf(cases);
        problems = List.copyOf(problems);
    }

    /** A case as the page lists it. */
    record CaseRow(String name, String kind, String status, String expected, String alerts, String message) {
        /** The status as a CSS class suffix. */
        String statusClass() {
            return Slugs.slug(status);
        }
    }

    /** An example event and the case it comes from. */
    record Example(String caseName, String json) {
        /** A Markdown code fence that the JSON cannot close. */
        String fence() {
            return RulePage.fence(json);
        }
    }

    boolean hasCases() {
        return !cases.isEmpty();
    }

    static TestEvidence of(RuleFacts rule, Path fixturesDirectory, TestResults results) {
        Fixtures fixtures = Fixtures.load(fixturesDirectory, rule.path());
        Optional<TestResults.RuleOutcome> outcome = results.forRule(rule.path());
        List<CaseRow> rows = outcome.map(o -> o.cases().stream().map(TestEvidence::row).toList())
                .orElseGet(() -> fixtures.file().map(f -> f.cases().stream().map(TestEvidence::notRun).toList())
                        .orElse(List.of()));
        List<String> problems = outcome.map(TestResults.RuleOutcome::problems).orElse(List.of());
        if (problems.isEmpty() && fixtures.problem() != null) {
            problems = List.of(fixtures.problem());
        }
        return new TestEvidence(fixtures.displayPath(), outcome.isPresent(), rows, problems,
                fixtures.file().map(f -> example(f, true)).orElse(null),
                fixtures.file().map(f -> example(f, false)).orElse(null));
    }

    /** A rule's fixture file as found: its display path (null when there is none), contents or load problem. */
    private record Fixtures(String displayPath, Optional<FixtureFile> file, String problem) {
        static Fixtures load(Path fixturesDirectory, String rulePath) {
            Path base = fixturesDirectory.toAbsolutePath().normalize();
            Path file = base.resolve(rulePath).normalize();
            if (!file.startsWith(base) || !Files.isRegularFile(file)) {
                return new Fixtures(null, Optional.empty(), null);
            }
            Path root = base.getParent() == null ? base : base.getParent();
            String display = root.relativize(file).toString().replace('\\', '/');
            try {
                return new Fixtures(display, Optional.of(FixtureLoader.load(file, display)), null);
            } catch (FixtureFormatException | UncheckedIOException e) {
                return new Fixtures(display, Optional.empty(), e.getMessage());
            }
        }
    }

    private static CaseRow row(TestResults.CaseOutcome c) {
        String message = c.status().equals("passed") ? "" : c.message();
        return new CaseRow(c.name(), kind(c.positive()), c.status(), c.expected(), String.valueOf(c.alerts()),
                message);
    }

    private static CaseRow notRun(FixtureCase c) {
        return new CaseRow(c.name(), kind(c.expectation().positive()), "not run", c.expectation().toString(), "",
                "");
    }

    private static String kind(boolean positive) {
        return positive ? "positive" : "negative";
    }

    private static Example example(FixtureFile file, boolean positive) {
        return file.cases().stream()
                .filter(c -> c.expectation().positive() == positive && !c.events().isEmpty())
                .findFirst()
                .map(c -> new Example(c.name(), pretty(c)))
                .orElse(null);
    }

    private static String pretty(FixtureCase c) {
        try {
            return JSON.writeValueAsString(c.events().get(0).source());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot print an event of case " + c.name(), e);
        }
    }
}
