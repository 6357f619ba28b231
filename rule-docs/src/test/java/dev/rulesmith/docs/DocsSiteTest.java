package dev.rulesmith.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the site shows beyond the golden pages: coverage, the Navigator slot, evidence without results, tidying. */
class DocsSiteTest {

    @TempDir
    Path tmp;

    @Test
    void coverageShadesTechniqueCellsByRuleCountAndLinksToTheRules() throws IOException {
        DocsSite.write(SampleSite.request(tmp));
        String coverage = read("attack-coverage.html");
        assertTrue(coverage.contains("<li class=\"heat-2\"><a href=\"#technique-t1562\">"
                + "<span class=\"id\">T1562</span> Impair Defenses <span class=\"n\">2</span></a></li>"), coverage);
        assertTrue(coverage.contains("<li class=\"heat-0\"><span class=\"id\">T1098</span> Account Manipulation</li>"),
                "uncovered techniques are listed, unshaded");
        assertTrue(coverage.contains("<h3 id=\"technique-t1562\">"
                + "<a href=\"https://attack.mitre.org/techniques/T1562/\">"), coverage);
        assertTrue(coverage.contains("<li><a href=\"rules/aws-vpc-flow-log-deleted.html\">AWS VPC Flow Log Deleted</a>"
                + "</li>"), coverage);
        int reconnaissance = coverage.indexOf(">Reconnaissance<");
        int impact = coverage.indexOf(">Impact<");
        assertTrue(reconnaissance > 0 && impact > reconnaissance, "tactics in matrix order");
    }

    @Test
    void navigatorLayerIsLinkedOnlyWhenPresent() throws IOException {
        DocsSite.write(SampleSite.request(tmp));
        assertFalse(read("attack-coverage.html").contains(DocsSite.NAVIGATOR_LAYER));
        assertFalse(read("index.html").contains(DocsSite.NAVIGATOR_LAYER));
        Files.writeString(tmp.resolve(DocsSite.NAVIGATOR_LAYER), "{}");
        DocsSite.write(SampleSite.request(tmp));
        assertTrue(read("attack-coverage.html").contains("<a href=\"attack-navigator-layer.json\">"));
        assertTrue(read("index.html").contains("<a href=\"attack-navigator-layer.json\">"));
        assertEquals("{}", read(DocsSite.NAVIGATOR_LAYER), "the layer file is not touched");
    }

    @Test
    void withoutTestResultsCasesAreListedAsNotRun() throws IOException {
        DocsRequest request = SampleSite.request(tmp);
        DocsSite.write(new DocsRequest(request.rules(), request.fixturesDirectory(),
                Optional.of(tmp.resolve("missing.json")), Optional.empty(), tmp));
        String page = read(SampleSite.SEED_PAGE);
        assertTrue(page.contains("No test results: the cases below have not been run."), page);
        assertTrue(page.contains("<tr><td>failed call does not alert</td><td>negative</td>"
                + "<td class=\"status status-not-run\">not run</td><td>no alert</td><td></td></tr>"), page);
        assertFalse(page.contains("View source"), "no repository URL, no source link");
        assertTrue(read("rules/aws-vpc-flow-log-deleted.html").contains("This rule has no fixture file."));
    }

    @Test
    void aBrokenFixtureFileIsReportedOnThePage() throws IOException {
        Path rules = tmp.resolve("in/rules");
        RuleInputs.write(rules, "seed.toml", RuleInputs.seed());
        RuleInputs.write(tmp.resolve("in/fixtures"), "seed.toml", "[[case]]\nname = \"x\"\nexpect = \"maybe\"\n"
                + "events = ['{}']\n");
        DocsSite.write(RuleInputs.request(rules, tmp.resolve("site")));
        String page = read("site/" + SampleSite.SEED_PAGE);
        assertTrue(page.contains("<p class=\"problem\">fixtures/seed.toml:3:1: expect must be &quot;alert&quot; or"),
                page);
    }

    @Test
    void pagesOfRemovedRulesAreDeletedAndOtherFilesKept() throws IOException {
        Files.createDirectories(tmp.resolve("rules"));
        Files.writeString(tmp.resolve("rules/old-rule.html"), "old");
        Files.writeString(tmp.resolve("rules/notes.txt"), "mine");
        Files.writeString(tmp.resolve("README.html"), "mine");
        DocsResult result = DocsSite.write(SampleSite.request(tmp));
        assertFalse(Files.exists(tmp.resolve("rules/old-rule.html")));
        assertTrue(Files.exists(tmp.resolve("rules/notes.txt")));
        assertTrue(Files.exists(tmp.resolve("README.html")));
        assertEquals(2, result.rulePages());
        assertEquals(tmp.resolve("index.html").toAbsolutePath().normalize(), result.index());
    }

    @Test
    void rulesThatAreNotValidTomlAreSkippedAndNamed() {
        Path rules = tmp.resolve("in/rules");
        RuleInputs.write(rules, "ok.toml", RuleInputs.seed());
        RuleInputs.write(rules, "broken.toml", "[rule\nname = ");
        DocsResult result = DocsSite.write(RuleInputs.request(rules, tmp.resolve("site")));
        assertEquals(1, result.rulePages());
        assertEquals(List.of("broken.toml"), result.skipped());
    }

    private String read(String relative) throws IOException {
        return Files.readString(tmp.resolve(relative), StandardCharsets.UTF_8);
    }
}
