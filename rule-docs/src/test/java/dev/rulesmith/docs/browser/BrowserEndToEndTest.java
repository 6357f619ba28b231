package dev.rulesmith.docs.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rulesmith.docs.DocsRequest;
import dev.rulesmith.docs.DocsSite;
import dev.rulesmith.fixtures.harness.FixturePolicy;
import dev.rulesmith.fixtures.harness.Harness;
import dev.rulesmith.fixtures.report.TestReportJson;
import dev.rulesmith.validator.check.ReferenceData;
import dev.rulesmith.validator.check.RuleContext;
import dev.rulesmith.validator.engine.RuleRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The documentation of the project's sample repository in a real browser (Debian's chromium; skipped with a message
 * where it is absent): search the index, follow the seed rule's link, check what its page shows, and that hostile
 * text stays inert. Screenshots go to {@code target/browser/}.
 */
class BrowserEndToEndTest {

    private static final Path SAMPLE = Path.of("../rules");
    private static final Path OUT = Path.of("target/browser");
    private static final Path SEED_RULE = SAMPLE.resolve(
            "rules/integrations/aws/persistence_ec2_security_group_configuration_change_detection.toml");

    @Test
    void searchFollowAndReadTheSeedRulePage() throws Exception {
        Assumptions.assumeTrue(Chromium.binary().isPresent(), "chromium is not installed: browser test skipped");
        Path site = writeSite(RuleRepository.load(SAMPLE.resolve("rules"), ReferenceData.bundled()), "site");
        try (Chromium browser = Chromium.start(Files.createDirectories(OUT.resolve("profile")).toAbsolutePath())) {
            browser.navigate(site.resolve("index.html").toUri().toString());
            browser.evaluate("var q = document.getElementById('q'); q.value = 'Security Group';"
                    + " q.dispatchEvent(new Event('input', {bubbles: true})); true");
            List<String> visible = texts(browser, "Array.from(document.querySelectorAll('#rules tbody tr'))"
                    + ".filter(r => !r.hidden).map(r => r.querySelector('a').textContent)");
            assertTrue(visible.contains("AWS Security Group Configuration Change Detection"), visible.toString());
            assertTrue(visible.size() < rowCount(browser), "the search filtered nothing: " + visible);
            browser.screenshot(OUT.resolve("index-search.png"));
            browser.evaluate("Array.from(document.querySelectorAll('#rules a')).find(a => a.textContent"
                    + " === 'AWS Security Group Configuration Change Detection').click(); true");
            waitFor(browser, "location.pathname.endsWith('aws-security-group-configuration-change-detection.html')"
                    + " && document.readyState === 'complete'");
            assertEquals(Files.readAllLines(SEED_RULE).size(),
                    browser.evaluate("document.querySelectorAll('ol.toml > li').length").asInt());
            assertEquals(List.of("https://attack.mitre.org/tactics/TA0003/", "https://attack.mitre.org/tactics/TA0005/",
                    "https://attack.mitre.org/techniques/T1562/", "https://attack.mitre.org/techniques/T1562/007/"),
                    texts(browser, "Array.from(document.querySelectorAll('a[href^=\"https://attack.mitre.org/\"]'))"
                            + ".map(a => a.href)"));
            assertEquals(6, browser.evaluate("Array.from(document.querySelectorAll('tr')).filter(r =>"
                    + " r.cells.length > 2 && r.cells[1].textContent === 'positive'"
                    + " && r.cells[2].textContent === 'passed').length").asInt());
            browser.screenshot(OUT.resolve("seed-rule.png"));
        }
    }

    @Test
    void hostileRuleTextStaysInertInTheBrowser() throws Exception {
        Assumptions.assumeTrue(Chromium.binary().isPresent(), "chromium is not installed: browser test skipped");
        Path rules = Files.createDirectories(OUT.resolve("xss-rules"));
        String seed = Files.readString(SAMPLE.resolve(
                "rules/integrations/aws/persistence_ec2_security_group_configuration_change_detection.toml"));
        Files.writeString(rules.resolve("hostile.toml"), seed
                .replace("Identifies a change to an AWS Security Group Configuration.",
                        "Identifies <script>window.__xss = 1;</script> a change.")
                .replace("The AWS Fleet integration", "<img src=x onerror=\"window.__xss = 2\"> The AWS Fleet integration"));
        Path site = writeSite(RuleRepository.load(rules, ReferenceData.bundled()), "xss-site");
        try (Chromium browser = Chromium.start(Files.createDirectories(OUT.resolve("xss-profile")).toAbsolutePath())) {
            Path page;
            try (var pages = Files.list(site.resolve("rules"))) {
                page = pages.findFirst().orElseThrow();
            }
            browser.navigate(page.toUri().toString());
            Thread.sleep(300);
            assertEquals("undefined", browser.evaluate("typeof window.__xss").asText());
            assertFalse(browser.evaluate("document.querySelectorAll('script:not([src]), img[onerror]').length > 0")
                    .asBoolean());
            assertTrue(browser.evaluate("document.body.textContent.includes('<script>window.__xss = 1;</script>')")
                    .asBoolean());
            browser.screenshot(OUT.resolve("xss-rule.png"));
        }
    }

    private static Path writeSite(List<RuleContext> rules, String name) throws IOException {
        Path results = OUT.resolve(name + "-tests.json");
        TestReportJson.write(results, new Harness(SAMPLE.resolve("fixtures"), FixturePolicy.OFF).run(rules));
        Path site = OUT.resolve(name).toAbsolutePath();
        DocsSite.write(new DocsRequest(rules, SAMPLE.resolve("fixtures"), Optional.of(results), Optional.empty(), site));
        return site;
    }

    private static int rowCount(Chromium browser) {
        return browser.evaluate("document.querySelectorAll('#rules tbody tr').length").asInt();
    }

    private static List<String> texts(Chromium browser, String expression) {
        List<String> out = new java.util.ArrayList<>();
        browser.evaluate(expression).forEach(node -> out.add(node.asText()));
        return out;
    }

    private static void waitFor(Chromium browser, String condition) throws InterruptedException {
        for (int i = 0; i < 100 && !browser.evaluate(condition).asBoolean(); i++) {
            Thread.sleep(50);
        }
        assertTrue(browser.evaluate(condition).asBoolean(), "timed out waiting for " + condition);
    }
}
