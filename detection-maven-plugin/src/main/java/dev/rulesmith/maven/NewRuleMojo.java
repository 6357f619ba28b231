package dev.rulesmith.maven;

import dev.rulesmith.authoring.scaffold.RuleScaffold;
import dev.rulesmith.authoring.scaffold.RuleType;
import dev.rulesmith.authoring.scaffold.ScaffoldException;
import dev.rulesmith.authoring.scaffold.ScaffoldRequest;
import dev.rulesmith.authoring.scaffold.ScaffoldResult;
import java.io.File;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Scaffolds a new rule and its fixture file: {@code mvn detection:new-rule -Dname="AWS Security Group Opened"
 * -Dtype=query -Dtactic=TA0005 -Dtechnique=T1562.007 -Dintegration=aws}. The rule goes to
 * {@code <rulesDirectory>/integrations/<integration>/<tactic>_<name>.toml} with a fresh rule_id, today's dates and the
 * ATT&amp;CK mapping from the catalog; the fixture, with one positive and one negative case, to the same path under
 * {@code <fixturesDirectory>}. What only the author can write is left as {@code <<placeholders>>}, which the validator
 * reports until they are replaced. Existing files are never overwritten. Runs with or without a project; the
 * properties may also be given with the {@code detection.} prefix ({@code -Ddetection.name=...}).
 */
@Mojo(name = "new-rule", requiresProject = false, threadSafe = true)
public final class NewRuleMojo extends AbstractMojo {

    /** The rule's name ({@code rule.name}); the file name is its snake case after the primary tactic. */
    @Parameter(property = "name")
    private String name;

    /** The rule type: query, eql, esql, threshold or new_terms. */
    @Parameter(property = "type")
    private String type;

    /** The primary tactic: an ATT&amp;CK id such as {@code TA0005}, or its name. */
    @Parameter(property = "tactic")
    private String tactic;

    /** An optional technique or sub-technique id of that tactic, e.g. {@code T1562.007}. */
    @Parameter(property = "technique")
    private String technique;

    /** The integration (package) whose folder and data the rule uses, e.g. {@code aws}. */
    @Parameter(property = "integration")
    private String integration;

    /** The directory holding the rule files. */
    @Parameter(property = "detection.rulesDirectory", defaultValue = "${basedir}/rules")
    private File rulesDirectory;

    /** The directory holding the fixture files: the same relative path as each rule. */
    @Parameter(property = "detection.fixturesDirectory", defaultValue = "${basedir}/fixtures")
    private File fixturesDirectory;

    /** An ATT&amp;CK catalog file to use instead of the bundled Enterprise v18.1 one. */
    @Parameter(property = "detection.attackCatalog")
    private File attackCatalog;

    @Parameter(defaultValue = "${basedir}", readonly = true)
    private File basedir;

    @Parameter(defaultValue = "${session}", readonly = true)
    private MavenSession session;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        ScaffoldRequest request = request();
        RuleScaffold scaffold = new RuleScaffold(DetectionSettings.reference(attackCatalog, List.of()).attack(),
                Clock.systemUTC(), UUID::randomUUID);
        try {
            ScaffoldResult result = scaffold.create(request);
            RuleScaffold.write(result, rulesDirectory.toPath(), fixturesDirectory.toPath());
            getLog().info("Wrote rule " + DetectionSettings.displayPrefix(basedir, rulesDirectory)
                    + result.rule().path() + " (" + request.type().tomlName() + ")");
            getLog().info("Wrote fixtures " + DetectionSettings.displayPrefix(basedir, fixturesDirectory)
                    + result.fixture().path() + " (one positive, one negative case)");
            getLog().info("Replace the <<placeholders>> in both files: the validator reports each one "
                    + "[placeholder-text] until it is filled");
        } catch (ScaffoldException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
    }

    private ScaffoldRequest request() throws MojoFailureException {
        String ruleName = required(name, "name");
        String ruleTactic = required(tactic, "tactic");
        String ruleIntegration = required(integration, "integration");
        try {
            RuleType ruleType = RuleType.parse(property(type, "type").orElse("query"));
            return new ScaffoldRequest(ruleName, ruleType, ruleTactic, property(technique, "technique"),
                    ruleIntegration);
        } catch (ScaffoldException e) {
            throw new MojoFailureException("-Dtype: " + e.getMessage(), e);
        }
    }

    private String required(String value, String key) throws MojoFailureException {
        return property(value, key).orElseThrow(() -> new MojoFailureException("new-rule needs -D" + key
                + "=... (all of: -Dname=\"Rule name\" -Dtactic=TA0005 -Dintegration=aws; optional -Dtype=query|eql|"
                + "esql|threshold|new_terms, default query, and -Dtechnique=T1562.007)"));
    }

    /** The configured value, else the {@code detection.}-prefixed user property, blank meaning absent. */
    private Optional<String> property(String value, String key) {
        Properties user = session == null ? new Properties() : session.getUserProperties();
        return Optional.ofNullable(value).or(() -> Optional.ofNullable(user.getProperty("detection." + key)))
                .map(String::trim).filter(v -> !v.isEmpty());
    }
}
