package dev.rulesmith.maven;

import dev.rulesmith.validator.check.Checks;
import dev.rulesmith.validator.check.ReferenceData;
import dev.rulesmith.validator.engine.ValidationResult;
import dev.rulesmith.validator.engine.Validator;
import dev.rulesmith.validator.engine.ValidatorConfig;
import dev.rulesmith.validator.finding.Finding;
import dev.rulesmith.validator.report.JsonReport;
import dev.rulesmith.validator.report.MarkdownSummary;
import dev.rulesmith.validator.report.SarifReport;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Validates every rule file: TOML syntax, the rule schema, repository checks, ATT&amp;CK mappings and queries. Prints
 * each finding as {@code path:line:col: SEVERITY message [check-id]}, writes SARIF and JSON reports, and fails the
 * build when a finding is at or above the fail threshold. Runs without a project too:
 * {@code mvn dev.rulesmith:detection-maven-plugin:<version>:validate -Ddetection.rulesDirectory=DIR}.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, requiresProject = false, threadSafe = true)
public final class ValidateMojo extends AbstractDetectionMojo {


    /** Where to write the findings as SARIF 2.1.0 (for code scanning). */
    @Parameter(property = "detection.sarif", defaultValue = "${project.build.directory}/detection-reports/validation.sarif")
    private File sarif;

    /** Where to write the findings as JSON. */
    @Parameter(property = "detection.json", defaultValue = "${project.build.directory}/detection-reports/validation.json")
    private File json;

    /** Which reports to write: any of {@code sarif}, {@code json}, {@code markdown} (a job summary). */
    @Parameter(property = "detection.reportFormats", defaultValue = "sarif,json,markdown")
    private List<String> reportFormats = List.of("sarif", "json", "markdown");

    /** Fail the build when a finding is at or above {@code failThreshold}; false only reports. */
    @Parameter(property = "detection.failOnError", defaultValue = "true")
    private boolean failOnError;

    /** The least serious severity that fails the build: error, warning or note. */
    @Parameter(property = "detection.failThreshold", defaultValue = "error")
    private String failThreshold;

    /** Per-check severity ({@code error}, {@code warning}, {@code note}) or {@code off}, keyed by check id. */
    @Parameter
    private Map<String, String> checkSeverities = new HashMap<>();

    /** Which conventions to check: {@code default} (the rule format) or {@code elastic} (also Elastic's own). */
    @Parameter(property = "detection.profile", defaultValue = "default")
    private String profile;

    /** The repository configuration listing accepted findings ({@code [[suppression]]}); optional. */
    @Parameter(property = "detection.suppressions", defaultValue = "${basedir}/.rulesmith.toml")
    private File suppressions;

    /** The directory paths in messages and reports are relative to (the project's, or the current one). */
    @Parameter(defaultValue = "${basedir}", readonly = true)
    private File basedir;

    /** Skip this goal. */
    @Parameter(property = "detection.skipValidate", defaultValue = "false")
    private boolean skipValidate;

    @Override
    protected boolean skipGoal() {
        return skipValidate;
    }

    @Override
    protected String goal() {
        return "rule validation";
    }

    @Override
    protected void run(ReferenceData reference) throws MojoExecutionException, MojoFailureException {
        ValidatorConfig config = DetectionSettings.config(checkSeverities, failThreshold)
                .withProfile(DetectionSettings.profile(profile))
                .withSuppressions(DetectionSettings.suppressions(suppressions));
        Predicate<Path> changed = changed();
        Path rules = rulesDirectory().toPath();
        ValidationResult result = new Validator(reference, config).validateDirectory(rules, selection(), baseRef())
                .onlyFor(path -> changed.test(rules.resolve(path)));
        String prefix = DetectionSettings.displayPrefix(basedir, rulesDirectory());
        for (Finding finding : result.findings()) {
            log(prefix, finding);
        }
        if (result.rules().isEmpty()) {
            getLog().warn("No rule files (*.toml) found under " + rulesDirectory() + " with the configured includes"
                    + " and excludes");
        }
        getLog().info(result.summary());
        writeReports(result, prefix);
        List<Finding> failing = result.findings().stream().filter(config::fails).toList();
        if (failOnError && !failing.isEmpty()) {
            throw new MojoFailureException(failing.size() + " rule finding(s) at or above " + config.failThreshold()
                    + " (first: " + prefix + failing.get(0).format() + ")");
        }
    }

    private void log(String prefix, Finding finding) {
        String line = prefix + finding.format();
        switch (finding.severity()) {
            case ERROR -> getLog().error(line);
            case WARNING -> getLog().warn(line);
            case NOTE -> getLog().info(line);
        }
    }

    private void writeReports(ValidationResult result, String prefix) throws MojoExecutionException {
        Set<String> formats = DetectionSettings.formats(reportFormats, Set.of("sarif", "json", "markdown"),
                "<reportFormats> (detection.reportFormats)");
        try {
            if (formats.contains("sarif")) {
                new SarifReport(PluginVersion.get(), prefix).write(sarif.toPath(), result.findings(), Checks.all());
                getLog().info("SARIF report: " + sarif);
            }
            if (formats.contains("json")) {
                JsonReport.write(json.toPath(), result);
            }
            if (formats.contains("markdown")) {
                MarkdownSummary.write(json.toPath().resolveSibling("validation-summary.md"), result, prefix);
            }
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write the validation reports " + sarif + ", " + json + ": "
                    + e.getMessage(), e);
        }
    }
}
