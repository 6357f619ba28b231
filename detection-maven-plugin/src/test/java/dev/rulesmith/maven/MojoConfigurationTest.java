package dev.rulesmith.maven;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.file.Files;
import java.util.Map;
import org.apache.maven.plugin.Mojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.testing.AbstractMojoTestCase;

/** Parameter wiring and configuration errors of the goals, through maven-plugin-testing-harness. */
public class MojoConfigurationTest extends AbstractMojoTestCase {

    private Mojo mojo(String goal, String project) throws Exception {
        File pom = getTestFile("src/test/resources/unit/" + project + "/pom.xml");
        return lookupMojo(goal, pom);
    }

    public void testValidateWiresDirectoriesReportsThresholdAndSeverities() throws Exception {
        ValidateMojo mojo = (ValidateMojo) mojo("validate", "validate-valid");
        setVariableValueToObject(mojo, "basedir", getTestFile(""));
        assertEquals(getTestFile("src/test/resources/unit/validate-valid/rules"), getVariableValueFromObject(mojo,
                "rulesDirectory"));
        assertEquals("warning", getVariableValueFromObject(mojo, "failThreshold"));
        assertEquals(Map.of("query-syntax", "warning"), getVariableValueFromObject(mojo, "checkSeverities"));
        mojo.execute();
        JsonNode sarif = new ObjectMapper().readTree(getTestFile("target/unit/valid/validation.sarif"));
        assertEquals("2.1.0", sarif.path("version").asText());
        assertEquals(0, sarif.path("runs").get(0).path("results").size());
        JsonNode json = new ObjectMapper().readTree(getTestFile("target/unit/valid/validation.json"));
        assertEquals(1, json.path("summary").path("rules").asInt());
    }

    public void testUnknownCheckIdNamesThePomElementAndSuggests() throws Exception {
        ValidateMojo mojo = (ValidateMojo) mojo("validate", "bad-severity");
        setVariableValueToObject(mojo, "basedir", getTestFile(""));
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(e.getMessage(), e.getMessage().contains("<checkSeverities>"));
        assertTrue(e.getMessage(), e.getMessage().contains("unknown check id 'query-syntx' (did you mean 'query-syntax'?)"));
    }

    public void testProfileAndSuppressionsAreReadAndBadOnesNamed() throws Exception {
        ValidateMojo mojo = (ValidateMojo) mojo("validate", "validate-valid");
        setVariableValueToObject(mojo, "basedir", getTestFile(""));
        setVariableValueToObject(mojo, "profile", "elastc");
        MojoExecutionException profile = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(profile.getMessage(), profile.getMessage().startsWith("<profile> (detection.profile): unknown "
                + "profile 'elastc'"));
        setVariableValueToObject(mojo, "profile", "elastic");
        File config = getTestFile("target/unit/suppressions/.rulesmith.toml");
        config.getParentFile().mkdirs();
        Files.writeString(config.toPath(), "[[suppression]]\ncheck = \"tag-casing\"\nrule = \"*\"\n");
        setVariableValueToObject(mojo, "suppressions", config);
        MojoExecutionException suppressions = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(suppressions.getMessage(), suppressions.getMessage().contains(".rulesmith.toml:1:1: "
                + "[[suppression]] lacks 'reason'"));
    }

    public void testBadFailThresholdNamesThePomElement() throws Exception {
        ValidateMojo mojo = (ValidateMojo) mojo("validate", "bad-threshold");
        setVariableValueToObject(mojo, "basedir", getTestFile(""));
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(e.getMessage(), e.getMessage().startsWith("<failThreshold>: unknown severity 'fatal'"));
    }

    public void testMissingRulesDirectoryNamesTheParameter() throws Exception {
        ValidateMojo mojo = (ValidateMojo) mojo("validate", "validate-valid");
        setVariableValueToObject(mojo, "basedir", getTestFile(""));
        setVariableValueToObject(mojo, "rulesDirectory", getTestFile("target/unit/no-such-dir"));
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(e.getMessage(), e.getMessage().startsWith("<rulesDirectory> (detection.rulesDirectory): no such"));
    }

    public void testBadFixturePolicyNamesThePomElement() throws Exception {
        TestMojo mojo = (TestMojo) mojo("test", "bad-policy");
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(e.getMessage(), e.getMessage().startsWith("<fixturePolicy> (detection.fixturePolicy): unknown"));
    }

    public void testTestGoalWiresFixturePolicyAndReportsMissingFixturesAsWarnings() throws Exception {
        TestMojo mojo = (TestMojo) mojo("test", "test-valid");
        assertEquals("warn", getVariableValueFromObject(mojo, "fixturePolicy"));
        mojo.execute();
        JsonNode tests = new ObjectMapper().readTree(getTestFile("target/unit/valid/tests.json"));
        assertEquals("no fixture file fixtures/aws/persistence_ec2_security_group_configuration_change_detection.toml",
                tests.path("rules").get(0).path("warnings").get(0).asText());
    }

    public void testExcludesLeaveRulesOutAndBadFieldDefinitionsAndParallelismNameTheirElements() throws Exception {
        ValidateMojo mojo = (ValidateMojo) mojo("validate", "validate-valid");
        setVariableValueToObject(mojo, "basedir", getTestFile(""));
        setVariableValueToObject(mojo, "excludes", java.util.List.of("aws/**"));
        mojo.execute();
        JsonNode json = new ObjectMapper().readTree(getTestFile("target/unit/valid/validation.json"));
        assertEquals(0, json.path("summary").path("rules").asInt());

        setVariableValueToObject(mojo, "excludes", java.util.List.of());
        setVariableValueToObject(mojo, "fieldDefinitions", java.util.List.of(getTestFile("target/unit/none.json")));
        MojoExecutionException missing = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(missing.getMessage(), missing.getMessage().startsWith("<fieldDefinitions> (detection.fieldDefinitions):"
                + " no such file"));

        setVariableValueToObject(mojo, "fieldDefinitions", java.util.List.of());
        setVariableValueToObject(mojo, "parallelism", 0);
        MojoExecutionException zero = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(zero.getMessage(), zero.getMessage().startsWith("<parallelism> (detection.parallelism) must be"));
    }

    public void testReplayGoalWiresFileAllowlistClockAndReport() throws Exception {
        ReplayMojo mojo = (ReplayMojo) mojo("replay", "replay-config");
        mojo.execute();
        JsonNode report = new ObjectMapper().readTree(getTestFile("target/unit/replay/replay.json"));
        assertEquals(1, report.path("summary").path("events").asInt());
        assertEquals(1, report.path("rules").get(0).path("alerts").asInt());
        assertEquals(0, report.path("summary").path("regressions").asInt());
    }

    public void testReplayConfigurationErrorsNameTheirElements() throws Exception {
        ReplayMojo mojo = (ReplayMojo) mojo("replay", "replay-config");
        setVariableValueToObject(mojo, "replayNow", "yesterday");
        MojoExecutionException now = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(now.getMessage(), now.getMessage().startsWith("<replayNow> (detection.replayNow) must be"));

        setVariableValueToObject(mojo, "replayNow", null);
        File allowlist = getTestFile("target/unit/replay/bad-allowlist.txt");
        allowlist.getParentFile().mkdirs();
        Files.writeString(allowlist.toPath(), "e1\n");
        setVariableValueToObject(mojo, "replayAllowlist", allowlist);
        MojoExecutionException bad = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(bad.getMessage(), bad.getMessage().contains("allowlist line 1: 'e1' needs a rule"));

        setVariableValueToObject(mojo, "replayFile", getTestFile("target/unit/no-such.ndjson"));
        MojoExecutionException missing = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(missing.getMessage(), missing.getMessage().startsWith("<replayFile> (detection.replayFile): no such"));
    }

    private static <T extends Throwable> T assertThrows(Class<T> type, ThrowingRunnable runnable) {
        try {
            runnable.run();
        } catch (Throwable t) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            throw new AssertionError("expected " + type.getSimpleName() + " but got " + t, t);
        }
        throw new AssertionError("expected " + type.getSimpleName() + " but nothing was thrown");
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }
}
