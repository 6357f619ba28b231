package dev.rulesmith.maven;

import dev.rulesmith.validator.check.ReferenceData;
import dev.rulesmith.validator.engine.ChangedFiles;
import dev.rulesmith.validator.model.RuleSelection;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
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

    /** Glob patterns (relative to the rules directory) of the rule files to take; default {@code **.toml}. */
    @Parameter(property = "detection.includes")
    private List<String> includes = new ArrayList<>();

    /** Glob patterns (relative to the rules directory) of rule files to leave out, e.g. {@code _deprecated/**}. */
    @Parameter(property = "detection.excludes")
    private List<String> excludes = new ArrayList<>();

    /**
     * A team's own field definition files (JSON: {@code {"schema": "acme", "index_patterns": [...], "fields":
     * {"acme.score": "long"}}}), added to ECS and the bundled integration schemas.
     */
    @Parameter(property = "detection.fieldDefinitions")
    private List<File> fieldDefinitions = new ArrayList<>();

    /** How many threads check and test rules in parallel; default: the number of processors. */
    @Parameter(property = "detection.parallelism")
    private Integer parallelism;

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
        ReferenceData reference = DetectionSettings.reference(attackCatalog, fieldDefinitions);
        int threads = parallelism == null ? Runtime.getRuntime().availableProcessors() : parallelism;
        if (threads < 1) {
            throw new MojoExecutionException("<parallelism> (detection.parallelism) must be at least 1, not " + threads);
        }
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            pool.submit(() -> {
                run(reference);
                return null;
            }).get();
        } catch (ExecutionException e) {
            throw unwrap(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("interrupted", e);
        } finally {
            pool.shutdown();
        }
    }

    /** Rethrows what the goal threw in the worker pool (the pool wraps checked exceptions) as it was thrown. */
    private static MojoExecutionException unwrap(Throwable thrown) throws MojoFailureException {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof MojoFailureException failure) {
                throw failure;
            }
            if (cause instanceof MojoExecutionException execution) {
                return execution;
            }
        }
        if (thrown instanceof RuntimeException runtime) {
            throw runtime;
        }
        return new MojoExecutionException(String.valueOf(thrown), thrown);
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

    /** The rule files the includes and excludes select. */
    protected final RuleSelection selection() {
        return new RuleSelection(includes, excludes);
    }

    protected final File rulesDirectory() {
        return rulesDirectory;
    }

    /** The base git ref of pull-request mode ({@code changedSince}), or empty outside it. */
    protected final Optional<String> baseRef() {
        return Optional.ofNullable(changedSince).map(String::trim).filter(ref -> !ref.isEmpty());
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
