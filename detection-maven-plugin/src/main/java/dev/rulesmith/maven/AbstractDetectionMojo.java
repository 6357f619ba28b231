package dev.rulesmith.maven;

import dev.rulesmith.validator.check.ReferenceData;
import dev.rulesmith.validator.engine.ChangedFiles;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** What every detection goal shares: the rules directory, the ATT&amp;CK catalog and the skip switches. */
public abstract class AbstractDetectionMojo extends AbstractMojo {

    /** The directory holding the rule files ({@code *.toml}, searched recursively). */
    @Parameter(property = "detection.rulesDirectory", defaultValue = "${basedir}/rules")
    private File rulesDirectory;

    /** An ATT&amp;CK catalog file to use instead of the bundled Enterprise v18.1 one. */
    @Parameter(property = "detection.attackCatalog")
    private File attackCatalog;

    /**
     * Pull-request mode: only rules (and fixtures) changed since this git ref are validated and tested, while
     * repository-wide checks (unique ids and names) still see every rule. E.g. {@code origin/main}.
     */
    @Parameter(property = "detection.changedSince")
    private String changedSince;

    /** Skip every detection goal. */
    @Parameter(property = "detection.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip || skipGoal()) {
            getLog().info("Skipping " + goal());
            return;
        }
        DetectionSettings.requireDirectory(rulesDirectory, "<rulesDirectory> (detection.rulesDirectory)");
        run(DetectionSettings.reference(attackCatalog));
    }

    /** True when this goal's own skip switch is set. */
    protected abstract boolean skipGoal();

    /** What the goal does, for the skip message (e.g. {@code rule validation}). */
    protected abstract String goal();

    /** Runs the goal with the configured reference data. */
    protected abstract void run(ReferenceData reference) throws MojoExecutionException, MojoFailureException;

    /** The directories whose changes matter to this goal: the rules, and for some goals the fixtures. */
    protected List<Path> scopes() {
        return List.of(rulesDirectory.toPath());
    }

    protected final File rulesDirectory() {
        return rulesDirectory;
    }

    /**
     * Which files the run reports on: every file, or in pull-request mode the files changed since
     * {@code changedSince} (logged).
     */
    protected final Predicate<Path> changed() throws MojoExecutionException {
        if (changedSince == null || changedSince.isBlank()) {
            return path -> true;
        }
        try {
            Set<Path> changed = ChangedFiles.since(rulesDirectory.toPath(), changedSince.trim(), scopes());
            getLog().info("Pull-request mode: " + changed.size() + " rule or fixture file(s) changed since "
                    + changedSince.trim());
            return path -> changed.contains(path.toAbsolutePath().normalize());
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("<changedSince> (detection.changedSince): " + e.getMessage(), e);
        }
    }
}
