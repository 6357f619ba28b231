package dev.rulesmith.maven;

import dev.rulesmith.validator.attack.AttackCatalog;
import dev.rulesmith.validator.attack.StixCatalogConverter;
import java.io.File;
import java.io.UncheckedIOException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Converts MITRE's ATT&amp;CK STIX 2.1 bundle ({@code enterprise-attack.json}) into Rulesmith's catalog format, so a
 * repository can move to a newer ATT&amp;CK (or a company fork) without waiting for a Rulesmith release; point
 * {@code <attackCatalog>} at the result. Runs without a project:
 * {@code mvn dev.rulesmith:detection-maven-plugin:<version>:convert-attack -Ddetection.stix=enterprise-attack.json
 * -Ddetection.catalogOutput=attack-catalog.json}. Reads local files only; no network.
 */
@Mojo(name = "convert-attack", requiresProject = false, threadSafe = true)
public final class ConvertAttackMojo extends AbstractMojo {

    /** MITRE's STIX 2.1 bundle, e.g. {@code enterprise-attack.json} from mitre-attack/attack-stix-data. */
    @Parameter(property = "detection.stix", required = true)
    private File stix;

    /** Where to write the catalog. */
    @Parameter(property = "detection.catalogOutput", defaultValue = "${basedir}/attack-catalog.json")
    private File catalogOutput;

    @Override
    public void execute() throws MojoExecutionException {
        if (stix == null || !stix.isFile()) {
            throw new MojoExecutionException("<stix> (detection.stix): no such file " + stix);
        }
        File parent = catalogOutput.getAbsoluteFile().getParentFile();
        if (!parent.isDirectory() && !parent.mkdirs()) {
            throw new MojoExecutionException("<catalogOutput> (detection.catalogOutput): cannot create " + parent);
        }
        try {
            StixCatalogConverter.convert(stix.toPath(), catalogOutput.toPath());
            AttackCatalog catalog = AttackCatalog.load(catalogOutput.toPath());
            getLog().info("Wrote " + catalog.label() + " catalog (" + catalog.tactics().size() + " tactics, "
                    + catalog.techniques().size() + " techniques and sub-techniques): " + catalogOutput);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            throw new MojoExecutionException("<stix> (detection.stix): cannot convert " + stix + ": "
                    + e.getMessage(), e);
        }
    }
}
