package dev.rulesmith.maven;

import dev.rulesmith.authoring.export.ApiFormat;
import dev.rulesmith.authoring.lock.Bump;
import dev.rulesmith.authoring.lock.VersionLock;
import dev.rulesmith.authoring.lock.VersionLocker;
import dev.rulesmith.validator.check.ReferenceData;
import dev.rulesmith.validator.check.RuleContext;
import dev.rulesmith.validator.engine.RuleRepository;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Brings the version lock ({@code etc/version.lock.json} beside the rules directory, detection-rules' format) up to
 * date: a new rule gets version 1, a rule whose content hash changed gets its version plus one. Prints one line per
 * bumped rule; run it after changing rules and commit the lock with them (the {@code version-lock} check of the
 * validate goal fails a rule changed without it).
 */
@Mojo(name = "lock-versions", threadSafe = true)
public final class LockVersionsMojo extends AbstractDetectionMojo {

    /** Skip this goal. */
    @Parameter(property = "detection.skipLockVersions", defaultValue = "false")
    private boolean skipLockVersions;

    @Override
    protected boolean skipGoal() {
        return skipLockVersions;
    }

    @Override
    protected String goal() {
        return "version locking";
    }

    @Override
    protected void run(ReferenceData reference) throws MojoExecutionException {
        List<RuleContext> rules = RuleRepository.load(rulesDirectory().toPath(), selection(), reference).stream()
                .filter(c -> c.rule().syntaxErrors().isEmpty()).toList();
        Path file = VersionLock.file(rulesDirectory().toPath());
        try {
            VersionLocker.Update update = new VersionLocker(ApiFormat.bundled()).update(VersionLock.read(file), rules);
            for (Bump bump : update.bumps()) {
                getLog().info("Locked " + bump.describe());
            }
            if (update.changed()) {
                update.lock().write(file);
            }
            getLog().info("Version lock " + file + ": " + update.bumps().size() + " rule(s) bumped, "
                    + (rules.size() - update.bumps().size()) + " unchanged");
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot update the version lock " + file + ": " + e.getMessage(), e);
        }
    }
}
