package dev.rulesmith.maven;

import dev.rulesmith.authoring.format.FormatCheck;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Rewrites the rule files in the canonical layout: toml-lint's layout of elastic/detection-rules (tables metadata,
 * transform, rule; keys sorted; queries and other multi-line strings untouched; long strings wrapped at 120 columns
 * without changing their value; long arrays one item per line), keeping every comment. Idempotent. A file that is not
 * valid TOML is reported at its line and column, left as it is, and fails the build.
 */
@Mojo(name = "format", requiresProject = false, threadSafe = true)
public final class FormatMojo extends AbstractFormatMojo {

    /** Skip this goal. */
    @Parameter(property = "detection.skipFormat", defaultValue = "false")
    private boolean skipFormat;

    @Override
    protected boolean skipGoal() {
        return skipFormat;
    }

    @Override
    protected String goal() {
        return "rule formatting";
    }

    @Override
    protected void format(List<Path> files, Function<Path, String> shown) throws MojoFailureException {
        FormatCheck.Result result = FormatCheck.format(files);
        logFailures(result, shown);
        for (Path file : result.changed()) {
            getLog().info("Formatted " + shown.apply(file));
        }
        getLog().info(files.size() + " rule files: " + result.changed().size() + " formatted, "
                + (files.size() - result.changed().size() - result.failures().size()) + " already canonical, "
                + result.failures().size() + " invalid");
        if (!result.failures().isEmpty()) {
            throw new MojoFailureException(result.failures().size() + " rule file(s) could not be formatted (first: "
                    + shown.apply(result.failures().get(0).file()) + ")");
        }
    }
}
