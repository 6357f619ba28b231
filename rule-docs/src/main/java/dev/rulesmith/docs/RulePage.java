package dev.rulesmith.docs;

import dev.rulesmith.validator.attack.AttackCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The view of one rule page, shared by the HTML and the Markdown template. Every field is plain text the templates
 * escape, except {@code guideHtml}/{@code setupHtml} (sanitized by {@link MarkdownText}) and the Markdown
 * counterparts {@code guideMarkdown}/{@code setupMarkdown}.
 */
record RulePage(String title, String slug, String path, List<String> description, LinkView source,
                List<Row> metadata, List<String> tags, List<ThreatView> attack, List<TomlHighlighter.Line> toml,
                String tomlText, String fence, String guideHtml, String guideMarkdown, boolean guideHasHeadings,
                String setupHtml, String setupMarkdown, List<String> falsePositives, List<LinkView> references,
                List<RelatedRules.Related> related, TestEvidence evidence) {

    boolean hasTags() {
        return !tags.isEmpty();
    }

    String tagList() {
        return String.join(", ", tags);
    }

    boolean hasAttack() {
        return !attack.isEmpty();
    }

    boolean hasFalsePositives() {
        return !falsePositives.isEmpty();
    }

    boolean hasReferences() {
        return !references.isEmpty();
    }

    boolean hasRelated() {
        return !related.isEmpty();
    }

    /** One metadata table row. */
    record Row(String label, String value) {
    }

    /** A tactic and the techniques mapped under it. */
    record ThreatView(LinkView tactic, List<TechniqueView> techniques) {
    }

    /** A technique and its sub-techniques. */
    record TechniqueView(LinkView technique, List<LinkView> subtechniques) {
    }

    static RulePage of(RuleFacts rule, String slug, Optional<String> repositoryUrl, AttackCatalog catalog,
                       List<RelatedRules.Related> related, TestEvidence evidence) {
        boolean guideHeadings = MarkdownText.startsWithHeading(rule.note());
        int guideLevel = guideHeadings ? 2 : 3;
        return new RulePage(rule.name(), slug, rule.path(), Prose.paragraphs(rule.description()),
                repositoryUrl.map(url -> LinkView.source(url, rule.path())).orElse(null), metadata(rule),
                rule.tags(), attack(rule, catalog), TomlHighlighter.highlight(rule.source()),
                rule.source().stripTrailing(), fence(rule.source()),
                blankToNull(MarkdownText.html(rule.note(), guideLevel)),
                blankToNull(MarkdownText.markdown(rule.note(), guideLevel)), guideHeadings,
                blankToNull(MarkdownText.html(rule.setup(), 3)), blankToNull(MarkdownText.markdown(rule.setup(), 3)),
                rule.falsePositives().stream().map(Prose::oneLine).filter(s -> !s.isEmpty()).toList(),
                rule.references().stream().map(r -> LinkView.of(r, r)).toList(), related, evidence);
    }

    private static List<Row> metadata(RuleFacts rule) {
        List<Row> rows = new ArrayList<>();
        add(rows, "Rule ID", rule.ruleId());
        add(rows, "Type", rule.type());
        add(rows, "Language", rule.language());
        add(rows, "Severity", rule.severity());
        add(rows, "Risk score", rule.riskScore());
        add(rows, "Index patterns", String.join(", ", rule.indexes()));
        add(rows, "Runs every", rule.interval());
        add(rows, "Searches from", rule.from());
        add(rows, "Integration", String.join(", ", rule.integrations()));
        add(rows, "Maturity", rule.maturity());
        add(rows, "Created", rule.created());
        add(rows, "Updated", rule.updated());
        add(rows, "Authors", String.join(", ", rule.authors()));
        add(rows, "License", rule.license());
        return List.copyOf(rows);
    }

    private static void add(List<Row> rows, String label, String value) {
        if (!value.isBlank()) {
            rows.add(new Row(label, value));
        }
    }

    private static List<ThreatView> attack(RuleFacts rule, AttackCatalog catalog) {
        return rule.threats().stream()
                .map(t -> new ThreatView(attackLink(t.tactic(), catalog), t.techniques().stream()
                        .map(tech -> new TechniqueView(attackLink(tech.technique(), catalog),
                                tech.subtechniques().stream().map(s -> attackLink(s, catalog)).toList()))
                        .toList()))
                .toList();
    }

    /** "Name (ID)" linking to the rule's reference, else the catalog's; the catalog's name when the rule has none. */
    private static LinkView attackLink(AttackRef ref, AttackCatalog catalog) {
        String name = ref.name();
        String url = ref.url();
        if (name.isEmpty() || url.isEmpty()) {
            var tactic = catalog.tactic(ref.id());
            var technique = catalog.technique(ref.id());
            name = name.isEmpty() ? tactic.map(t -> t.name()).or(() -> technique.map(t -> t.name())).orElse("")
                    : name;
            url = url.isEmpty() ? tactic.map(t -> t.url()).or(() -> technique.map(t -> t.url())).orElse("") : url;
        }
        String text = name.isEmpty() ? ref.id() : ref.id().isEmpty() ? name : name + " (" + ref.id() + ")";
        return LinkView.of(text, url);
    }

    /** A Markdown code fence longer than any run of backticks in the text. */
    static String fence(String text) {
        int longest = 0;
        int run = 0;
        for (char c : text.toCharArray()) {
            run = c == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return "`".repeat(Math.max(3, longest + 1));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
