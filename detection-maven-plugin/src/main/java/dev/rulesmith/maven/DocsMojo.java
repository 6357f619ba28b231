package dev.rulesmith.maven;

import dev.rulesmith.docs.DocsRequest;
import dev.rulesmith.docs.DocsResult;
import dev.rulesmith.docs.DocsSite;
import dev.rulesmith.validator.check.ReferenceData;
import dev.rulesmith.validator.check.RuleContext;
import dev.rulesmith.validator.coverage.AttackCoverage;
import dev.rulesmith.validator.engine.RuleRepository;
import java.io.File;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes the rules' documentation site: a page per rule (also as Markdown), an index with search and filters, an
 * ATT&amp;CK coverage page and the ATT&amp;CK Navigator layer ({@code attack-navigator-layer.json}, format 4.5); static files that work offline from disk. Test evidence comes from the JSON the
 * {@code test} goal writes (run that goal first to show results; without it cases are listed as not run).
 */
@Mojo(name = "docs", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public final class DocsMojo extends AbstractDetectionMojo {


    /** The directory holding the fixture files: the same relative path as each rule. */
    @Parameter(property = "detection.fixturesDirectory", defaultValue = "${project.basedir}/fixtures")
    private File fixturesDirectory;

    /** The test results as JSON (written by the test goal); a missing file means no results. */
    @Parameter(property = "detection.testResults",
            defaultValue = "${project.build.directory}/detection-reports/tests.json")
    private File testResults;

    /** Where to write the site. */
    @Parameter(property = "detection.outputDirectory", defaultValue = "${project.build.directory}/detection-docs")
    private File outputDirectory;

    /**
     * The web address of the rules directory in a repository browser, for "View source" links, for example
     * {@code https://github.com/org/repo/blob/main/rules}; each page links to it plus the rule's relative path.
     */
    @Parameter(property = "detection.repositoryUrl")
    private String repositoryUrl;


    /** Skip this goal. */
    @Parameter(property = "detection.skipDocs", defaultValue = "false")
    private boolean skipDocs;

    @Override
    protected boolean skipGoal() {
        return skipDocs;
    }

    @Override
    protected String goal() {
        return "rule documentation";
    }

    @Override
    protected void run(ReferenceData reference) throws MojoExecutionException {
        List<RuleContext> rules = RuleRepository.load(rulesDirectory().toPath(), selection(), reference);
        DocsResult result;
        try {
            AttackCoverage.of(rules, reference.attack()).writeNavigatorLayer("Detection rules",
                    outputDirectory.toPath().resolve("attack-navigator-layer.json"));
            result = DocsSite.write(request(rules));
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException("Cannot write the documentation site under " + outputDirectory + ": "
                    + e.getMessage(), e);
        }
        result.skipped().forEach(path -> getLog().warn("Not documented (not valid TOML): " + path));
        getLog().info("Documentation of " + result.rulePages() + " rules: " + result.index());
    }

    private DocsRequest request(List<RuleContext> rules) throws MojoExecutionException {
        try {
            return new DocsRequest(rules, fixturesDirectory.toPath(),
                    Optional.ofNullable(testResults).map(File::toPath), Optional.ofNullable(repositoryUrl),
                    outputDirectory.toPath());
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("<repositoryUrl> (detection.repositoryUrl): " + e.getMessage(), e);
        }
    }
}
