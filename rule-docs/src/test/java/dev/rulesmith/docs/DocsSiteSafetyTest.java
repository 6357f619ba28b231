package dev.rulesmith.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile rule content stays inert text, and no rule can make the site write outside its directory. */
class DocsSiteSafetyTest {

    private static final Pattern TAG = Pattern.compile("<[a-zA-Z][^>]*>");
    private static final Pattern EVENT_ATTRIBUTE = Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);

    @TempDir
    Path tmp;

    @Test
    void scriptsAndEventHandlersInRuleTextStayInertText() throws IOException {
        String toml = RuleInputs.seedWith("description", "description = \"A <script>alert(1)</script> rule\"");
        toml = replaceNote(toml, "note = \"\"\"Look <img src=x onerror=alert(1)> here.\n\n"
                + "<div onclick=\"steal()\">block</div>\n\n"
                + "[click](javascript:alert(1)) and ![i](data:text/html,x)\"\"\"");
        toml = toml.replace("references = [", "references = [\"javascript:alert(2)\", ");
        toml = toml.replace("name = \"AWS Security Group Configuration Change Detection\"",
                "name = \"Evil <b>name</b> & \\\"quotes\\\"\"");
        Path rules = tmp.resolve("rules");
        RuleInputs.write(rules, "evil.toml", toml);
        DocsSite.write(RuleInputs.request(rules, tmp.resolve("site")));

        String page = read("site/rules/evil-b-name-b-quotes.html");
        assertTrue(page.contains("A &lt;script&gt;alert(1)&lt;/script&gt; rule"), "escaped description");
        assertTrue(page.contains("Look &lt;img src=x onerror=alert(1)&gt; here."), "escaped inline HTML of the note");
        assertTrue(page.contains("&lt;div onclick=&quot;steal()&quot;&gt;block&lt;/div&gt;"), "escaped HTML block");
        assertTrue(page.contains("<h1>Evil &lt;b&gt;name&lt;/b&gt; &amp; &quot;quotes&quot;</h1>"), page);
        for (Path file : siteFiles()) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertNoActiveContent(file, file.toString().endsWith(".md") ? asAnyViewerShowsIt(text) : text);
        }
        String markdown = asAnyViewerShowsIt(read("site/markdown/evil-b-name-b-quotes.md"));
        assertTrue(markdown.contains("<p>Look &lt;img src=x onerror=alert(1)&gt; here.</p>"), markdown);
        assertTrue(markdown.contains("<h1>Evil &lt;b&gt;name&lt;/b&gt; &amp; &quot;quotes&quot;</h1>"), markdown);
        assertTrue(markdown.contains("<p>A &lt;script&gt;alert(1)&lt;/script&gt; rule</p>"), markdown);
    }

    @Test
    void pathTraversalInNamesAndIdsCannotLeaveTheSite() throws IOException {
        Path rules = tmp.resolve("rules");
        RuleInputs.write(rules, "a.toml", RuleInputs.seedWith("name", "name = \"../../../../etc/passwd\""));
        RuleInputs.write(rules, "b.toml", RuleInputs.seedWith("name", "name = \"..\\\\..\\\\..\\\\windows\""));
        String dots = RuleInputs.seedWith("name", "name = \"../..\"");
        RuleInputs.write(rules, "c.toml", dots.replace("29052c19-ff3e-42fd-8363-7be14d7c5469", "/../../x"));
        Path site = tmp.resolve("out/site");
        DocsSite.write(RuleInputs.request(rules, site));
        try (Stream<Path> all = Files.walk(tmp)) {
            List<Path> html = all.filter(f -> f.toString().endsWith(".html")).toList();
            assertTrue(html.stream().allMatch(f -> f.normalize().startsWith(site)), html.toString());
        }
        assertTrue(Files.isRegularFile(site.resolve("rules/etc-passwd.html")));
        assertTrue(Files.isRegularFile(site.resolve("rules/windows.html")));
        assertTrue(Files.isRegularFile(site.resolve("rules/x.html")));
    }

    @Test
    void siteFilesRefuseToWriteOutsideTheRoot() {
        SiteFiles files = new SiteFiles(tmp.resolve("site"));
        assertThrows(IllegalArgumentException.class, () -> files.write("../escape.html", "x"));
        assertThrows(IllegalArgumentException.class, () -> files.write("rules/../../escape.html", "x"));
        assertThrows(IllegalArgumentException.class, () -> files.write(tmp.resolve("abs.html").toString(), "x"));
        assertFalse(Files.exists(tmp.resolve("escape.html")));
    }

    @Test
    void repositoryUrlMustBeHttp() {
        assertThrows(IllegalArgumentException.class, () -> new DocsRequest(List.of(), tmp, Optional.empty(),
                Optional.of("javascript:alert(1)"), tmp));
        assertThrows(IllegalArgumentException.class, () -> new DocsRequest(List.of(), tmp, Optional.empty(),
                Optional.of("file:///etc"), tmp));
        assertEquals(Optional.of("https://example.org/r"), new DocsRequest(List.of(), tmp, Optional.empty(),
                Optional.of(" https://example.org/r/ "), tmp).repositoryUrl());
    }

    private static void assertNoActiveContent(Path file, String text) {
        Matcher tags = TAG.matcher(text);
        while (tags.find()) {
            String tag = tags.group();
            assertFalse(EVENT_ATTRIBUTE.matcher(tag).find(), file + ": event handler in " + tag);
            assertFalse(tag.toLowerCase().contains("javascript:"), file + ": script URL in " + tag);
            assertFalse(tag.toLowerCase().contains("data:"), file + ": data URL in " + tag);
            assertFalse(tag.startsWith("<img") || tag.startsWith("<iframe") || tag.startsWith("<object"), file + tag);
            assertTrue(!tag.startsWith("<script") || tag.equals("<script src=\"search.js\">"), file + ": " + tag);
        }
    }

    /** Markdown as a viewer that lets raw HTML through renders it. */
    private static String asAnyViewerShowsIt(String markdown) {
        return HtmlRenderer.builder().build().render(Parser.builder().build().parse(markdown));
    }

    private static String replaceNote(String toml, String note) {
        int start = toml.indexOf("note = \"\"\"");
        int end = toml.indexOf("\"\"\"", start + 10) + 3;
        return toml.substring(0, start) + note + toml.substring(end);
    }

    private List<Path> siteFiles() throws IOException {
        try (Stream<Path> files = Files.walk(tmp.resolve("site"))) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private String read(String relative) throws IOException {
        return Files.readString(tmp.resolve(relative), StandardCharsets.UTF_8);
    }
}
