package dev.rulesmith.authoring.scaffold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.rulesmith.fixtures.harness.CaseResult;
import dev.rulesmith.fixtures.harness.FixturePolicy;
import dev.rulesmith.fixtures.harness.Harness;
import dev.rulesmith.fixtures.harness.RuleResult;
import dev.rulesmith.fixtures.harness.Status;
import dev.rulesmith.fixtures.harness.TestReport;
import dev.rulesmith.validator.check.Profile;
import dev.rulesmith.validator.check.ReferenceData;
import dev.rulesmith.validator.engine.RuleRepository;
import dev.rulesmith.validator.engine.Validator;
import dev.rulesmith.validator.engine.ValidatorConfig;
import dev.rulesmith.validator.finding.Finding;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A scaffolded rule, once its placeholders are filled, validates with the default configuration and its fixture cases
 * run and pass; unfilled, the validator reports every placeholder where it stands.
 */
class FilledScaffoldTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("<<[^<>\\n]+>>");
    private static final ReferenceData REFERENCE = ReferenceData.bundled();

    /** What an author writes in place of each placeholder. */
    private static final Map<String, String> FILLED = Map.of(
            RuleTemplate.AUTHOR, "Rulesmith",
            RuleTemplate.LICENCE, "Apache-2.0",
            RuleTemplate.DESCRIPTION, "Flags an ingress rule added to a security group.",
            RuleTemplate.FALSE_POSITIVES, "Administrators open ports for new services; confirm the change.",
            RuleTemplate.TRIAGE, "Read the rule that was added and who added it.",
            RuleTemplate.RESPONSE, "Revoke the rule if it was not authorised.",
            QueryTemplate.ACTION, "AuthorizeSecurityGroupIngress",
            FixtureTemplate.OTHER_ACTION, "DescribeSecurityGroups");

    @TempDir
    Path repository;

    static Stream<ScaffoldRequest> requests() {
        return Stream.concat(Stream.of(RuleType.values()).map(Scaffolds::aws), Stream.of(Scaffolds.okta()));
    }

    @ParameterizedTest
    @MethodSource("requests")
    void unfilledScaffoldIsReportedAtEachPlaceholder(ScaffoldRequest request) throws Exception {
        ScaffoldResult result = Scaffolds.fixed().create(request);
        Path rules = repository.resolve("rules");
        RuleScaffold.write(result, rules, repository.resolve("fixtures"));
        List<String> findings = new Validator(REFERENCE, ValidatorConfig.DEFAULT).validateDirectory(rules).findings()
                .stream().filter(f -> f.checkId().equals("placeholder-text"))
                .map(f -> f.severity() + " " + f.position()).toList();
        List<String> placeholders = new ArrayList<>();
        String[] lines = result.rule().content().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher matcher = PLACEHOLDER.matcher(lines[i]);
            while (matcher.find()) {
                placeholders.add("ERROR " + (i + 1) + ":" + (matcher.start() + 1));
            }
        }
        assertEquals(7, placeholders.size(), "author, licence, description, false positive, two guide sections, query");
        assertEquals(placeholders.stream().sorted().toList(), findings.stream().sorted().toList());
    }

    @ParameterizedTest
    @MethodSource("requests")
    void filledScaffoldValidatesAndItsFixturesPass(ScaffoldRequest request) throws Exception {
        Path rules = repository.resolve("rules");
        Path fixtures = repository.resolve("fixtures");
        List<Path> written = RuleScaffold.write(Scaffolds.fixed().create(request), rules, fixtures);
        for (Path file : written) {
            Files.writeString(file, fill(Files.readString(file, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        }
        List<Finding> findings = new Validator(REFERENCE, ValidatorConfig.DEFAULT).validateDirectory(rules).findings();
        assertEquals(List.of(), findings.stream().map(Finding::format).toList(), "no error, warning or note");

        TestReport report = new Harness(fixtures, FixturePolicy.ERROR).run(RuleRepository.load(rules, REFERENCE));
        RuleResult rule = report.rules().get(0);
        assertEquals(List.of(), rule.problems());
        assertEquals(List.of(Status.PASSED, Status.PASSED), rule.cases().stream().map(CaseResult::status).toList(),
                rule.cases().toString());
        assertFalse(report.failed(), report.summary());
    }

    @ParameterizedTest
    @MethodSource("requests")
    void filledAsElasticWritesItAlsoPassesTheElasticProfile(ScaffoldRequest request) throws Exception {
        Path rules = repository.resolve("rules");
        RuleScaffold.write(Scaffolds.fixed().create(request), rules, repository.resolve("fixtures"));
        Path rule = rules.resolve(Scaffolds.fixed().create(request).rule().path());
        String elastic = fill(Files.readString(rule, StandardCharsets.UTF_8))
                .replace("\"Rulesmith\"", "\"Elastic\"").replace("\"Apache-2.0\"", "\"Elastic License v2\"");
        Files.writeString(rule, elastic, StandardCharsets.UTF_8);
        List<Finding> findings = new Validator(REFERENCE, ValidatorConfig.DEFAULT.withProfile(Profile.ELASTIC))
                .validateDirectory(rules).findings();
        assertEquals(List.of(), findings.stream().map(Finding::format).toList(), "no error, warning or note");
    }

    private static String fill(String text) {
        String filled = text;
        for (Map.Entry<String, String> entry : FILLED.entrySet()) {
            filled = filled.replace(entry.getKey(), entry.getValue());
        }
        assertFalse(PLACEHOLDER.matcher(filled.replaceAll("(?m)^#.*$", "")).find(), filled);
        return filled;
    }
}
