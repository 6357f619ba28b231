package dev.rulesmith.maven;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The docs goal against the sample rule repository of the {@code rules} module. */
class DocsMojoTest {

    private static final Path SAMPLE = Path.of("../rules").toAbsolutePath().normalize();

    @TempDir
    Path out;

    @Test
    void writesTheSiteWithTestEvidenceAndSourceLinks() throws Exception {
        Path results = out.resolve("tests.json");
        Files.writeString(results, "{\"rules\":[{\"path\":\"integrations/aws/"
                + "persistence_ec2_security_group_configuration_change_detection.toml\",\"cases\":[{\"name\":\"c1\","
                + "\"positive\":true,\"status\":\"failed\",\"expected\":\"an alert\",\"alerts\":0,"
                + "\"message\":\"m\"}]}]}");
        DocsMojo mojo = mojo(out.resolve("site"), results, "https://example.org/repo/rules");
        mojo.execute();
        String page = Files.readString(out.resolve(
                "site/rules/aws-security-group-configuration-change-detection.html"));
        assertTrue(Files.isRegularFile(out.resolve("site/index.html")));
        assertTrue(page.contains("<td class=\"status status-failed\">failed</td>"), page);
        assertTrue(page.contains("<a href=\"https://example.org/repo/rules/integrations/aws/"
                + "persistence_ec2_security_group_configuration_change_detection.toml\">View source</a>"), page);
    }

    @Test
    void skipFlagsWriteNothing() throws Exception {
        DocsMojo skipAll = mojo(out.resolve("a"), out.resolve("none.json"), null);
        set(skipAll, "skip", true);
        skipAll.execute();
        DocsMojo skipDocs = mojo(out.resolve("b"), out.resolve("none.json"), null);
        set(skipDocs, "skipDocs", true);
        skipDocs.execute();
        assertFalse(Files.exists(out.resolve("a")));
        assertFalse(Files.exists(out.resolve("b")));
    }

    @Test
    void aBadRepositoryUrlNamesTheParameter() throws Exception {
        DocsMojo mojo = mojo(out.resolve("site"), out.resolve("none.json"), "javascript:alert(1)");
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(e.getMessage().startsWith("<repositoryUrl> (detection.repositoryUrl)"), e.getMessage());
    }

    private static DocsMojo mojo(Path output, Path results, String repositoryUrl) throws Exception {
        DocsMojo mojo = new DocsMojo();
        set(mojo, "rulesDirectory", SAMPLE.resolve("rules").toFile());
        set(mojo, "fixturesDirectory", SAMPLE.resolve("fixtures").toFile());
        set(mojo, "testResults", results.toFile());
        set(mojo, "outputDirectory", output.toFile());
        set(mojo, "repositoryUrl", repositoryUrl);
        return mojo;
    }

    private static void set(DocsMojo mojo, String name, Object value) throws ReflectiveOperationException {
        Field field = DocsMojo.class.getDeclaredField(name);
        field.setAccessible(true);
        field.set(mojo, value);
    }
}
