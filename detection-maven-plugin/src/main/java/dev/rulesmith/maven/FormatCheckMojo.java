package dev.rulesmith.maven;

import dev.rulesmith.authoring.format.FormatCheck;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Fails the build when a rule file is not in the canonical layout (the one {@code detection:format} writes: toml-lint's
 * layout of elastic/detection-rules, comments kept), listing the files that would change; writes nothing. Bound to
 * the validate phase when configured; in pull-request mode ({@code changedSince}) only changed files are checked.
 */
@Mojo(name = "format-check", defaultPhase = LifecyclePhase.VALIDATE, requiresProject = false, threadSafe = true)
public final class FormatCheckMojo extends AbstractFormatMojo {

    /** Skip this goal. */
    @Parameter(property = "detection.skipFormatCheck", defaultValue = "false")
    private boolean skipFormatCheck;

    @Override
    protected boolean skipGoal() {
        return skipFormatCheck;
    }

    @Override
    protected String goal() {
        return "the rule format check";
    }

    @Override
    protected void format(List<Path> files, Function<Path, String> shown) throws MojoFailureException {
        FormatCheck.Result result = FormatCheck.check(files);
        logFailures(result, shown);
        for (Path file : result.changed()) {
            getLog().error("Not in the canonical layout: " + shown.apply(file));
        }
        getLog().info(files.size() + " rule files checked: " + result.changed().size()
                + " not in the canonical layout, " + result.failures().size() + " invalid");
        if (!result.changed().isEmpty() || !result.failures().isEmpty()) {
            List<Path> bad = new ArrayList<>(result.changed());
            result.failures().forEach(failure -> bad.add(failure.file()));
            throw new MojoFailureException(bad.size() + " rule file(s) need formatting or fixing ("
                    + bad.stream().map(shown).collect(Collectors.joining(", ")) + "); run mvn detection:format");
        }
    }
}
