package dev.rulesmith.maven;

import dev.rulesmith.fixtures.replay.Allowlist;
import dev.rulesmith.fixtures.replay.Replay;
import dev.rulesmith.fixtures.replay.ReplayResult;
import dev.rulesmith.fixtures.report.ReplayReportJson;
import dev.rulesmith.validator.check.ReferenceData;
import dev.rulesmith.validator.check.RuleContext;
import dev.rulesmith.validator.engine.RuleRepository;
import java.io.File;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Replays a large NDJSON file of events in timestamp order (e.g. a day of production CloudTrail) through every rule the
 * harness evaluates (KQL query, threshold, new_terms and threat_match rules, EQL event queries and sequences), in
 * bounded memory, and logs each rule's alert count and the events per second. Alerts not on the allowlist are
 * regressions: they are listed and fail the build. Rules the replay cannot run are logged with the reason. Bound to no
 * phase: run it as {@code mvn detection:replay -Ddetection.replayFile=events.ndjson}.
 */
@Mojo(name = "replay", threadSafe = true)
public final class ReplayMojo extends AbstractDetectionMojo {

    /** The NDJSON file to replay: one event (a JSON object; {@code _id} and {@code _index} are metadata) a line. */
    @Parameter(property = "detection.replayFile", required = true)
    private File replayFile;

    /**
     * The expected alerts, one a line: {@code <rule_id or rule name> <event _id, line number, terms or *>} (terms: a
     * threshold group or new terms as {@code field=value,...}, a sequence's join key values); {@code #} starts a
     * comment. Without it every alert is a regression.
     */
    @Parameter(property = "detection.replayAllowlist")
    private File replayAllowlist;

    /** A fixed clock for date math in queries ({@code now-1d}); default: each event's own timestamp. */
    @Parameter(property = "detection.replayNow")
    private String replayNow;

    /** Where to write the results as JSON. */
    @Parameter(property = "detection.replayReport",
            defaultValue = "${project.build.directory}/detection-reports/replay.json")
    private File replayReport;

    /** Skip this goal. */
    @Parameter(property = "detection.skipReplay", defaultValue = "false")
    private boolean skipReplay;

    @Override
    protected boolean skipGoal() {
        return skipReplay;
    }

    @Override
    protected String goal() {
        return "replay";
    }

    @Override
    protected void run(ReferenceData reference) throws MojoExecutionException, MojoFailureException {
        if (!replayFile.isFile()) {
            throw new MojoExecutionException("<replayFile> (detection.replayFile): no such file " + replayFile);
        }
        Allowlist allowlist = allowlist();
        List<RuleContext> rules = RuleRepository.load(rulesDirectory().toPath(), selection(), reference);
        ReplayResult result;
        try {
            result = new Replay(rules, now()).run(replayFile.toPath(), allowlist);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(replayFile + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot read " + replayFile + ": " + e.getMessage(), e);
        }
        log(result);
        try {
            ReplayReportJson.write(replayReport.toPath(), result);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write " + replayReport + ": " + e.getMessage(), e);
        }
        if (!result.passed()) {
            throw new MojoFailureException("Replay: " + result.regressionCount() + " alert(s) not on the allowlist"
                    + (replayAllowlist == null ? " (no <replayAllowlist> configured)" : " " + replayAllowlist));
        }
    }

    private void log(ReplayResult result) {
        for (ReplayResult.RuleCount rule : result.rules()) {
            getLog().info(rule.name() + ": " + rule.alerts() + (rule.alerts() == 1 ? " alert" : " alerts"));
        }
        for (ReplayResult.NotReplayed rule : result.notReplayed()) {
            getLog().warn(rule.name() + ": not replayed: " + rule.reason());
        }
        for (ReplayResult.Regression regression : result.regressions()) {
            getLog().error("Alert not on the allowlist: " + regression.name() + " (" + regression.ruleId() + ") on "
                    + regression.event());
        }
        long unlisted = result.regressionCount() - result.regressions().size();
        if (unlisted > 0) {
            getLog().error("... and " + unlisted + " more alerts not on the allowlist (counted, not listed)");
        }
        getLog().info(String.format(Locale.ROOT, "Replayed %d events through %d rules (%d not replayed) in %d ms:"
                        + " %.0f events/s; %d alerts not on the allowlist", result.events(), result.rules().size(),
                result.notReplayed().size(), result.elapsed().toMillis(), result.eventsPerSecond(),
                result.regressionCount()));
    }

    private Allowlist allowlist() throws MojoExecutionException {
        if (replayAllowlist == null) {
            return Allowlist.EMPTY;
        }
        try {
            return Allowlist.load(replayAllowlist.toPath());
        } catch (IOException | IllegalArgumentException e) {
            throw new MojoExecutionException("<replayAllowlist> (detection.replayAllowlist) " + replayAllowlist + ": "
                    + e.getMessage(), e);
        }
    }

    private Optional<Instant> now() throws MojoExecutionException {
        if (replayNow == null || replayNow.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(replayNow.trim()));
        } catch (DateTimeParseException e) {
            throw new MojoExecutionException("<replayNow> (detection.replayNow) must be an ISO-8601 instant such as"
                    + " 2024-04-14T10:00:00Z, not '" + replayNow + "'", e);
        }
    }
}
