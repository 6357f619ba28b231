package dev.rulesmith.maven;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.testing.AbstractMojoTestCase;

/** The format goals' parameter wiring through maven-plugin-testing-harness: directory, excludes, skip switches. */
public class FormatMojoTest extends AbstractMojoTestCase {

    private static final String MESSY = "[rule]\nname = \"n\"\nauthor = [\"a\"]\n";
    private static final String CANONICAL = "[rule]\nauthor = [\"a\"]\nname = \"n\"\n\n";

    private Path rules;

    @Override
    protected void setUp() throws Exception {
        super.setUp();
        rules = getTestFile("target/unit/format/rules").toPath();
        Files.createDirectories(rules.resolve("_deprecated"));
        Files.writeString(rules.resolve("messy.toml"), MESSY);
        Files.writeString(rules.resolve("_deprecated/old.toml"), MESSY);
    }

    private <T> T mojo(String goal) throws Exception {
        @SuppressWarnings("unchecked")
        T mojo = (T) lookupMojo(goal, getTestFile("src/test/resources/unit/format-config/pom.xml"));
        return mojo;
    }

    public void testFormatCheckFailsNamingTheFileAndWritesNothing() throws Exception {
        FormatCheckMojo mojo = mojo("format-check");
        setVariableValueToObject(mojo, "basedir", getTestFile(""));
        assertEquals(List.of("_deprecated/**"), getVariableValueFromObject(mojo, "excludes"));
        try {
            mojo.execute();
            fail("format-check passed over a file that is not canonical");
        } catch (MojoFailureException e) {
            assertEquals("1 rule file(s) need formatting or fixing (target/unit/format/rules/messy.toml); run mvn "
                    + "detection:format", e.getMessage());
        }
        assertEquals(MESSY, Files.readString(rules.resolve("messy.toml")));
    }

    public void testFormatRewritesTheSelectedFilesOnlyThenTheCheckPasses() throws Exception {
        FormatMojo format = mojo("format");
        setVariableValueToObject(format, "basedir", getTestFile(""));
        format.execute();
        assertEquals(CANONICAL, Files.readString(rules.resolve("messy.toml")));
        assertEquals(MESSY, Files.readString(rules.resolve("_deprecated/old.toml")));
        FormatCheckMojo check = mojo("format-check");
        setVariableValueToObject(check, "basedir", getTestFile(""));
        check.execute();
    }

    public void testSkipSwitchesLeaveTheFilesAlone() throws Exception {
        FormatMojo format = mojo("format");
        setVariableValueToObject(format, "basedir", getTestFile(""));
        setVariableValueToObject(format, "skipFormat", true);
        format.execute();
        assertEquals(MESSY, Files.readString(rules.resolve("messy.toml")));
        FormatCheckMojo check = mojo("format-check");
        setVariableValueToObject(check, "skipFormatCheck", true);
        check.execute();
        assertTrue(new File(rules.toFile(), "messy.toml").isFile());
    }
}
