package dev.rulesmith.maven;

import dev.rulesmith.authoring.export.ApiFormat;
import dev.rulesmith.authoring.export.ExportResult;
import dev.rulesmith.authoring.export.IntegrationManifests;
import dev.rulesmith.authoring.export.KibanaExport;
import dev.rulesmith.authoring.export.SemVer;
import dev.rulesmith.authoring.lock.VersionLock;
import dev.rulesmith.validator.check.ReferenceData;
import dev.rulesmith.validator.check.RuleContext;
import dev.rulesmith.validator.engine.RuleRepository;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes the rules for Kibana's detection engine import ({@code rules.ndjson}: one rule a line in the API's shape,
 * {@code version} from the version lock) and the deprecated rules' list ({@code deprecated_rules.json}) into the
 * output directory.
 */
@Mojo(name = "export", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public final class ExportMojo extends AbstractDetectionMojo {

    /** Where to write {@code rules.ndjson} and {@code deprecated_rules.json}. */
    @Parameter(property = "detection.exportDirectory", defaultValue = "${project.build.directory}/detection-rules")
    private File exportDirectory;

    /** The Kibana stack version the rules are exported for: it picks each related integration's package version. */
    @Parameter(property = "detection.stackVersion", defaultValue = "9.2.0")
    private String stackVersion;

    /** Skip this goal. */
    @Parameter(property = "detection.skipExport", defaultValue = "false")
    private boolean skipExport;

    @Override
    protected boolean skipGoal() {
        return skipExport;
    }

    @Override
    protected String goal() {
        return "Kibana export";
    }

    @Override
    protected void run(ReferenceData reference) throws MojoExecutionException {
        SemVer stack = stack();
        List<RuleContext> rules = RuleRepository.load(rulesDirectory().toPath(), selection(), reference);
        rules.stream().filter(c -> !c.rule().syntaxErrors().isEmpty())
                .forEach(c -> getLog().warn("Not exported (not valid TOML): " + c.rule().path()));
        Path lockFile = VersionLock.file(rulesDirectory().toPath());
        if (!Files.exists(lockFile)) {
            getLog().warn("No version lock at " + lockFile + ": every rule is exported as version 1 (run"
                    + " detection:lock-versions)");
        }
        try {
            ExportResult result = new KibanaExport(new ApiFormat(IntegrationManifests.bundled(), stack), stack)
                    .write(rules.stream().filter(c -> c.rule().syntaxErrors().isEmpty()).toList(),
                            VersionLock.read(lockFile), exportDirectory.toPath());
            getLog().info("Kibana export: " + result.ruleCount() + " rules in " + result.rules() + ", "
                    + result.deprecatedCount() + " deprecated in " + result.deprecated());
        } catch (IOException | UncheckedIOException e) {
            throw new MojoExecutionException("Cannot export the rules to " + exportDirectory + ": " + e.getMessage(),
                    e);
        }
    }

    private SemVer stack() throws MojoExecutionException {
        try {
            return SemVer.parse(stackVersion.trim());
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("<stackVersion> (detection.stackVersion): " + e.getMessage(), e);
        }
    }
}
