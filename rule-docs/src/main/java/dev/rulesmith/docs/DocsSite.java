package dev.rulesmith.docs;

import dev.rulesmith.validator.attack.AttackCatalog;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes the documentation site: {@code index.html} (every rule, with search and filters),
 * {@code rules/<slug>.html} and {@code markdown/<slug>.md} per rule, {@code attack-coverage.html}, {@code style.css}
 * and {@code search.js}. The site works from disk without a network. The output depends only on the input: a second
 * run writes the same bytes. Pages of rules no longer present are removed from {@code rules/} and
 * {@code markdown/}; nothing else in the output directory is touched. The coverage page and the index link to
 * {@code attack-navigator-layer.json} when that file is present in the output directory.
 */
public final class DocsSite {

    static final String NAVIGATOR_LAYER = "attack-navigator-layer.json";

    private DocsSite() {
    }

    public static DocsResult write(DocsRequest request) {
        List<RuleFacts> rules = request.rules().stream()
                .filter(r -> r.rule().syntaxErrors().isEmpty())
                .map(r -> RuleFacts.of(r.rule()))
                .sorted(Comparator.comparing(RuleFacts::path))
                .toList();
        List<String> skipped = request.rules().stream().filter(r -> !r.rule().syntaxErrors().isEmpty())
                .map(r -> r.rule().path()).sorted().toList();
        AttackCatalog catalog = request.rules().stream().findFirst()
                .map(r -> r.reference().attack()).orElseGet(AttackCatalog::bundled);
        Map<String, String> slugs = Slugs.assign(rules);
        SiteFiles files = new SiteFiles(request.outputDirectory());
        Templates templates = new Templates();
        writeRulePages(request, rules, slugs, catalog, files, templates);
        boolean layer = files.exists(NAVIGATOR_LAYER);
        files.write("index.html", templates.html("index", new Templates.Frame("All rules", ""),
                IndexPage.of(rules, slugs, layer)));
        files.write("attack-coverage.html", templates.html("coverage", new Templates.Frame("ATT&CK coverage", ""),
                CoveragePage.of(rules, slugs, catalog, layer)));
        files.copyResource("style.css");
        files.copyResource("search.js");
        Set<String> pages = Set.copyOf(slugs.values());
        files.removeStale("rules", ".html", pages.stream().map(s -> s + ".html").collect(Collectors.toSet()));
        files.removeStale("markdown", ".md", pages.stream().map(s -> s + ".md").collect(Collectors.toSet()));
        return new DocsResult(files.resolve("index.html"), rules.size(), skipped);
    }

    private static void writeRulePages(DocsRequest request, List<RuleFacts> rules, Map<String, String> slugs,
                                       AttackCatalog catalog, SiteFiles files, Templates templates) {
        TestResults results = TestResults.read(request.testResults());
        Map<String, List<RelatedRules.Related>> related = RelatedRules.of(rules, slugs);
        rules.parallelStream().forEach(rule -> {
            String slug = slugs.get(rule.path());
            TestEvidence evidence = TestEvidence.of(rule, request.fixturesDirectory(), results);
            RulePage page = RulePage.of(rule, slug, request.repositoryUrl(), catalog, related.get(rule.path()),
                    evidence);
            files.write("rules/" + slug + ".html", templates.html("rule", new Templates.Frame(rule.name(), "../"),
                    page));
            files.write("markdown/" + slug + ".md", templates.markdown("rule", page));
        });
    }
}
