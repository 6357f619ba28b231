package dev.rulesmith.validator.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rulesmith.validator.check.Check;
import dev.rulesmith.validator.check.ReferenceData;
import dev.rulesmith.validator.engine.Validator;
import dev.rulesmith.validator.engine.ValidatorConfig;
import dev.rulesmith.validator.finding.Finding;
import dev.rulesmith.validator.finding.Severity;
import dev.rulesmith.validator.model.RuleLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs checks over an inline TOML rule whose expected findings are marked beside their lines:
 * {@code # expect[check-id]: message fragment} for a finding on that line, {@code # expect(+2)[check-id]: ...} for
 * one two lines below (inside a multi-line query). Every marked finding must be reported and nothing else.
 */
public final class CheckTester {

    private static final Pattern MARKER = Pattern.compile("#\\s*expect(?:\\(([+-]\\d+)\\))?\\[([a-z0-9-]+)]:\\s*(.*)$");
    private static final ReferenceData REFERENCE = ReferenceData.bundled();

    private CheckTester() {
    }

    /** The sample rule: a valid production rule (the seed) that every check accepts. */
    public static String seedRule() {
        try (InputStream in = CheckTester.class.getResourceAsStream("/dev/rulesmith/validator/seed-rule.toml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The seed rule with one line replaced: {@code replace(seedRule(), "name = \"Persistence\"", "...")}. */
    public static String replace(String toml, String line, String replacement) {
        if (!toml.contains(line)) {
            throw new IllegalArgumentException("line not in rule: " + line);
        }
        return toml.replaceFirst(Pattern.quote(line), Matcher.quoteReplacement(replacement));
    }

    /** One inline rule file of a repository: its display path and its TOML with expectation markers. */
    public record Inline(String path, String toml) {
    }

    /** An inline rule at a display path, for {@link #assertRepository}. */
    public static Inline file(String path, String toml) {
        return new Inline(path, toml);
    }

    /** Asserts that {@code check} reports exactly the findings marked in {@code toml}. */
    public static void assertFindings(Check check, String toml) {
        assertRepository(check, file("rule.toml", toml));
    }

    /**
     * Asserts that {@code check}, run over several inline rules at once (what a repository check needs), reports
     * exactly the findings marked in them, each in its own file.
     */
    public static void assertRepository(Check check, Inline... files) {
        List<String> expected = new ArrayList<>();
        for (Inline inline : files) {
            expectations(inline.toml()).forEach(e -> expected.add(inline.path() + ":" + e));
        }
        List<Finding> findings = run(check, files);
        List<String> actual = new ArrayList<>();
        for (Finding finding : findings) {
            String match = expected.stream()
                    .filter(e -> matches(e, finding))
                    .findFirst().orElse(finding.path() + ":" + finding.position().line() + " ["
                            + finding.checkId() + "] " + finding.message());
            actual.add(match);
        }
        assertEquals(expected.stream().sorted().toList(), actual.stream().sorted().toList(),
                "findings: " + findings.stream().map(Finding::format).toList());
    }

    /** The findings of {@code check} alone on {@code toml}, with the check enabled even if it is opt-in. */
    public static List<Finding> run(Check check, String toml) {
        return run(check, file("rule.toml", toml));
    }

    /** The findings of {@code check} alone on several rule files, enabled even if opt-in or outside the profile. */
    public static List<Finding> run(Check check, Inline... files) {
        ValidatorConfig config = new ValidatorConfig(Map.of(), Set.of(), Severity.ERROR, Set.of(check.id()));
        return new Validator(REFERENCE, config, List.of(check))
                .validate(Arrays.stream(files).map(f -> RuleLoader.parse(f.path(), f.toml())).toList()).findings();
    }

    /** Asserts that {@code check} reports nothing on {@code toml}. */
    public static void assertClean(Check check, String toml) {
        assertFindings(check, toml);
    }

    private static boolean matches(String expectation, Finding finding) {
        String[] parts = expectation.split(" ", 3);
        return parts[0].equals(finding.path() + ":" + finding.position().line())
                && parts[1].equals("[" + finding.checkId() + "]")
                && finding.message().contains(parts[2]);
    }

    private static List<String> expectations(String toml) {
        List<String> expected = new ArrayList<>();
        String[] lines = toml.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = MARKER.matcher(lines[i]);
            if (m.find()) {
                int offset = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
                expected.add((i + 1 + offset) + " [" + m.group(2) + "] " + m.group(3).trim());
            }
        }
        return expected;
    }
}
