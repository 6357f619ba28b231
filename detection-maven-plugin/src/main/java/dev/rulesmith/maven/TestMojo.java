package dev.rulesmith.maven;

import dev.rulesmith.fixtures.harness.CaseResult;
import dev.rulesmith.fixtures.harness.Coverage;
import dev.rulesmith.fixtures.harness.FixturePolicy;
import dev.rulesmith.fixtures.harness.Harness;
import dev.rulesmith.fixtures.harness.RuleResult;
import dev.rulesmith.fixtures.harness.Status;
import dev.rulesmith.fixtures.harness.TestReport;
import dev.rulesmith.fixtures.report.JUnitXmlReport;
import dev.rulesmith.fixtures.report.TestMarkdownSummary;
import dev.rulesmith.fixtures.report.TestReportJson;
import dev.rulesmith.validator.check.ReferenceData;
import dev.rulesmith.validator.check.RuleContext;
import dev.rulesmith.validator.engine.RuleRepository;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Runs every rule's fixture cases with Elasticsearch's query semantics: positive cases must alert, negative cases
 * must not. Writes JUnit XML (one {@code TEST-*.xml} per rule, where CI test tabs look) and JSON, and fails the build
 * on a failed case, a fixture that does not load, or (under the fixture policy) a rule without a positive and a
 * negative case.
 */
@Mojo(name = "test", defaultPhase = LifecyclePhase.TEST, threadSafe = true)
public final class TestMojo extends AbstractDetectionMojo {


    /** The directory holding the fixture files: the same relative path as each rule. */
    @Parameter(property = "detection.fixturesDirectory", defaultValue = "${project.basedir}/fixtures")
    private File fixturesDirectory;

    /** Whether each rule needs a positive and a negative case: off, warn or error. */
    @Parameter(property = "detection.fixturePolicy", defaultValue = "error")
    private String fixturePolicy;

    /** Where to write JUnit XML, one file per rule. */
    @Parameter(property = "detection.junitDirectory", defaultValue = "${project.build.directory}/surefire-reports")
    private File junitDirectory;

    /** Where to write the results as JSON (the docs goal reads it for test evidence). */
    @Parameter(property = "detection.testJson", defaultValue = "${project.build.directory}/detection-reports/tests.json")
    private File testJson;

    /**
     * The least query coverage (percent of alternatives, leaves and conditions the cases exercise, over all rules)
     * that passes; 0 turns the gate off.
     */
    @Parameter(property = "detection.coverageThreshold", defaultValue = "0")
    private double coverageThreshold;


    /**
     * Which reports to write: any of {@code junit}, {@code json}, {@code markdown} (a job summary). The docs goal reads
     * the JSON for test evidence.
     */
    @Parameter(property = "detection.reportFormats", defaultValue = "junit,json,markdown")
    private List<String> reportFormats = List.of("junit", "json", "markdown");

    /** Skip this goal. */
    @Parameter(property = "detection.skipTests", defaultValue = "false")
    private boolean skipTests;

    @Override
    protected boolean skipGoal() {
        return skipTests;
    }

    @Override
    protected String goal() {
        return "rule fixture tests";
    }

    @Override
    protected void run(ReferenceData reference) throws MojoExecutionException, MojoFailureException {
        FixturePolicy policy = policy();
        Predicate<Path> changed = changed();
        Path rulesRoot = rulesDirectory().toPath();
        List<RuleContext> rules = RuleRepository.load(rulesRoot, selection(), reference).stream()
                .filter(rule -> changed.test(rulesRoot.resolve(rule.rule().path()))
                        || changed.test(fixturesDirectory.toPath().resolve(rule.rule().path())))
                .toList();
        TestReport report = new Harness(fixturesDirectory.toPath(), policy).run(rules);
        log(report);
        Set<String> formats = DetectionSettings.formats(reportFormats, Set.of("junit", "json", "markdown"),
                "<reportFormats> (detection.reportFormats)");
        try {
            if (formats.contains("junit")) {
                JUnitXmlReport.write(junitDirectory.toPath(), report);
            }
            if (formats.contains("json")) {
                TestReportJson.write(testJson.toPath(), report);
            }
            if (formats.contains("markdown")) {
                TestMarkdownSummary.write(testJson.toPath().resolveSibling("tests-summary.md"), report);
            }
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write the test reports under " + junitDirectory + ": "
                    + e.getMessage(), e);
        }
        if (report.failed()) {
            throw new MojoFailureException("Rule fixture tests failed: " + report.summary());
        }
        if (report.coveragePercent() < coverageThreshold) {
            throw new MojoFailureException(String.format(Locale.ROOT, "Query coverage %.1f%% is below the threshold"
                    + " %.1f%% (<coverageThreshold>): see the uncovered items above", report.coveragePercent(),
                    coverageThreshold));
        }
    }

    @Override
    protected List<Path> scopes() {
        return List.of(rulesDirectory().toPath(), fixturesDirectory.toPath());
    }

    private FixturePolicy policy() throws MojoExecutionException {
        try {
            return FixturePolicy.parse(fixturePolicy);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("<fixturePolicy> (detection.fixturePolicy): " + e.getMessage(), e);
        }
    }

    private void log(TestReport report) {
        for (RuleResult rule : report.rules()) {
            getLog().info(String.format("%s: %d cases, %d passed, %d failed, %d errors, %d skipped", rule.ruleName(),
                    rule.cases().size(), rule.count(Status.PASSED), rule.count(Status.FAILED),
                    rule.count(Status.ERROR), rule.count(Status.SKIPPED)));
            rule.warnings().forEach(w -> getLog().warn(w));
            rule.coverage().ifPresent(c -> logCoverage(rule, c));
        }
        for (RuleResult rule : report.rules()) {
            rule.problems().forEach(p -> getLog().error(rule.ruleName() + ": " + p));
            for (CaseResult result : rule.cases()) {
                logCase(rule, result);
            }
        }
        getLog().info(report.summary());
    }

    private void logCoverage(RuleResult rule, Coverage coverage) {
        getLog().info(String.format(Locale.ROOT, "%s: query coverage %d/%d (%.1f%%)", rule.ruleName(),
                coverage.covered(), coverage.total(), coverage.percent()));
        coverage.uncovered().forEach(item -> getLog().warn(rule.ruleName() + ": " + item));
    }

    private void logCase(RuleResult rule, CaseResult result) {
        String title = rule.ruleName() + " › " + result.name();
        switch (result.status()) {
            case FAILED, ERROR -> {
                getLog().error(result.status() + " " + title + ": " + result.message());
                result.details().forEach(d -> getLog().error("    " + d));
            }
            case SKIPPED -> getLog().warn("SKIPPED " + title + ": " + result.message());
            case PASSED -> { }
        }
    }
}
