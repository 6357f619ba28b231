package dev.rulesmith.maven;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.File;
import java.nio.file.Files;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.testing.AbstractMojoTestCase;

/** The new-rule goal's parameter wiring: the configured directories, a missing property named with its flag. */
public class NewRuleMojoTest extends AbstractMojoTestCase {

    private NewRuleMojo mojo() throws Exception {
        NewRuleMojo mojo = (NewRuleMojo) lookupMojo("new-rule", getTestFile("src/test/resources/unit/new-rule/pom.xml"));
        setVariableValueToObject(mojo, "basedir", getTestFile(""));
        return mojo;
    }

    public void testAMissingPropertyIsNamedWithItsFlag() throws Exception {
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo()::execute);
        assertTrue(e.getMessage(), e.getMessage().startsWith("new-rule needs -Dintegration=... (all of: -Dname="));
    }

    public void testWritesTheRuleAndFixturesIntoTheConfiguredDirectories() throws Exception {
        File rules = getTestFile("target/unit/new-rule/rules");
        File rule = new File(rules, "integrations/okta/credential_access_mfa_push_flood.toml");
        File fixture = getTestFile("target/unit/new-rule/fixtures/integrations/okta/credential_access_mfa_push_flood.toml");
        Files.deleteIfExists(rule.toPath());
        Files.deleteIfExists(fixture.toPath());
        NewRuleMojo mojo = mojo();
        setVariableValueToObject(mojo, "integration", "okta");
        setVariableValueToObject(mojo, "type", "new_terms");
        mojo.execute();
        assertTrue(Files.readString(rule.toPath()).contains("type = \"new_terms\"\n"));
        assertTrue(Files.readString(fixture.toPath()).contains("index = \"logs-okta.events-default\"\n"));
        MojoFailureException again = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(again.getMessage(), again.getMessage().endsWith(" already exists: new-rule does not overwrite "
                + "files; choose another name or remove the file"));
    }
}
