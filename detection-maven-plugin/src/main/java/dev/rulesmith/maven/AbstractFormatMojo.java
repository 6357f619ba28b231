package dev.rulesmith.maven;

import dev.rulesmith.authoring.format.FormatCheck;
import dev.rulesmith.validator.check.ReferenceData;
import dev.rulesmith.validator.model.RuleLoader;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** What {@code format} and {@code format-check} share: the selected rule files and how their paths are shown. */
abstract class AbstractFormatMojo extends AbstractDetectionMojo {

    /** The directory paths in messages are relative to (the project's, or the current one). */
    @Parameter(defaultValue = "${basedir}", readonly = true)
    private File basedir;

    @Override
    protected final void run(ReferenceData reference) throws MojoExecutionException, MojoFailureException {
        Predicate<Path> changed = changed();
        Path rules = rulesDirectory().toPath();
        List<Path> files = RuleLoader.discover(rules, selection()).stream().filter(changed).toList();
        if (files.isEmpty()) {
            getLog().warn("No rule files (*.toml) found under " + rulesDirectory() + " with the configured includes"
                    + " and excludes");
        }
        String prefix = DetectionSettings.displayPrefix(basedir, rulesDirectory());
        format(files, file -> prefix + RuleLoader.displayPath(rules, file));
    }

    /** Checks or rewrites the files; {@code shown} turns a file into the path to print. */
    protected abstract void format(List<Path> files, Function<Path, String> shown)
            throws MojoFailureException;

    /** Logs each file that cannot be formatted as {@code path:line:col: reason} at error level. */
    protected final void logFailures(FormatCheck.Result result, Function<Path, String> shown) {
        for (FormatCheck.Failure failure : result.failures()) {
            getLog().error(shown.apply(failure.file()) + ":" + failure.line() + ":" + failure.column() + ": "
                    + failure.reason());
        }
    }
}
