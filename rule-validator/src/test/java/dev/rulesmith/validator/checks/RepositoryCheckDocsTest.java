package dev.rulesmith.validator.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rulesmith.validator.check.Check;
import dev.rulesmith.validator.check.Checks;
import dev.rulesmith.validator.check.Profile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every repository and convention check is registered, and its page has the sections a page needs, its severity and
 * profiles as the check declares them, and an example finding of the check.
 */
class RepositoryCheckDocsTest {

    private static final List<String> SECTIONS = List.of("## What it checks", "## Why", "## Example",
            "## How to fix", "## Configuration");

    static List<String> ids() {
        return List.of("unique-rule-id", "unique-rule-name", "unique-file-name", "file-name-pattern",
                "file-name-tactic", "deprecated-folder", "deprecation-date", "tag-duplicate", "tag-prefix",
                "tag-casing", "tactic-tag-primary", "tactic-tag-unmapped", "tactic-tag-secondary", "tags-for-index",
                "tags-for-os-folder", "tags-for-rule-type", "building-block-folder", "building-block-timing",
                "timestamp-override",
                "eql-maxspan-lookback", "eql-maxspan-interval", "max-signals", "max-signals-setup", "license",
                "license-elastic", "note-setup", "transform-placeholders", "transform-placeholder-range",
                "investigation-guide", "min-stack-comments", "min-stack-floor");
    }

    @ParameterizedTest
    @MethodSource("ids")
    void hasACompletePageMatchingTheCheck(String id) throws IOException {
        Check check = Checks.byId(id).orElseThrow(() -> new AssertionError("not registered: " + id));
        String page = "/dev/rulesmith/validator/checks/" + id + ".md";
        try (InputStream in = Check.class.getResourceAsStream(page)) {
            assertNotNull(in, "no page " + page);
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(text.startsWith("# " + id + "\n"), page + " must start with its id");
            SECTIONS.forEach(section -> assertTrue(text.contains(section), page + " lacks " + section));
            assertTrue(text.contains("[" + id + "]"), page + " lacks an example finding");
            assertTrue(text.contains("**Severity:** " + check.defaultSeverity().sarifLevel() + " "), page);
            String profiles = check.profiles().equals(Profile.ALL) ? "all" : "`elastic` only";
            assertTrue(text.contains("**Profiles:** " + profiles), page + " profiles");
        }
    }

    @ParameterizedTest
    @MethodSource("ids")
    void runsInTheElasticProfileAndIsRegisteredOnce(String id) {
        Check check = Checks.byId(id).orElseThrow();
        assertTrue(check.profiles().contains(Profile.ELASTIC), id);
        assertEquals(1, Checks.all().stream().filter(c -> c.id().equals(id)).count(), id);
    }
}
