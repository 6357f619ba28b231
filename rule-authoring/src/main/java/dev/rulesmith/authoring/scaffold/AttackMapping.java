package dev.rulesmith.authoring.scaffold;

import dev.rulesmith.validator.attack.AttackCatalog;
import dev.rulesmith.validator.attack.Tactic;
import dev.rulesmith.validator.attack.Technique;
import dev.rulesmith.validator.text.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A rule's threat entry, resolved in the ATT&amp;CK catalog: the tactic, and optionally a technique, or a
 * sub-technique with its parent technique. Names and URLs are the catalog's.
 */
record AttackMapping(Tactic tactic, Optional<Technique> technique, Optional<Technique> subtechnique) {

    /**
     * Resolves a tactic (id, name or shortname) and an optional technique or sub-technique id; an unknown id, a
     * revoked one, or a technique that is not part of the tactic fails with what to use instead.
     */
    static AttackMapping resolve(AttackCatalog catalog, String tacticText, Optional<String> techniqueId)
            throws ScaffoldException {
        Tactic tactic = tactic(catalog, tacticText);
        if (techniqueId.isEmpty()) {
            return new AttackMapping(tactic, Optional.empty(), Optional.empty());
        }
        Technique technique = technique(catalog, techniqueId.get().toUpperCase(Locale.ROOT));
        if (!technique.tactics().contains(tactic.shortname())) {
            List<String> belongs = catalog.tactics().stream().filter(t -> technique.tactics().contains(t.shortname()))
                    .map(AttackMapping::label).toList();
            throw new ScaffoldException("technique " + label(technique) + " does not belong to tactic " + label(tactic)
                    + " in " + catalog.label() + "; it belongs to " + String.join(", ", belongs));
        }
        if (technique.isSubtechnique()) {
            Technique parent = catalog.technique(technique.parentId().orElseThrow()).orElseThrow();
            return new AttackMapping(tactic, Optional.of(parent), Optional.of(technique));
        }
        return new AttackMapping(tactic, Optional.of(technique), Optional.empty());
    }

    private static Tactic tactic(AttackCatalog catalog, String text) throws ScaffoldException {
        for (Tactic tactic : catalog.tactics()) {
            if (tactic.id().equalsIgnoreCase(text) || tactic.name().equalsIgnoreCase(text)
                    || tactic.shortname().equalsIgnoreCase(text)) {
                return tactic;
            }
        }
        List<String> candidates = catalog.tactics().stream()
                .flatMap(t -> Stream.of(t.id(), t.name())).toList();
        String suggestion = Suggestions.closest(text, candidates)
                .flatMap(s -> catalog.tactics().stream().filter(t -> t.id().equals(s) || t.name().equals(s)).findFirst())
                .map(t -> ": did you mean " + label(t) + "?").orElse("");
        throw new ScaffoldException("unknown tactic '" + text + "' in " + catalog.label() + suggestion
                + " (tactics: " + String.join(", ", catalog.tactics().stream().map(AttackMapping::label).toList())
                + ")");
    }

    private static Technique technique(AttackCatalog catalog, String id) throws ScaffoldException {
        Optional<Technique> found = catalog.technique(id);
        if (found.isEmpty()) {
            List<String> current = catalog.techniques().stream().filter(Technique::isCurrent).map(Technique::id)
                    .toList();
            String suggestion = Suggestions.closest(id, current).flatMap(catalog::technique)
                    .map(t -> ": did you mean " + label(t) + "?").orElse("");
            throw new ScaffoldException("unknown technique '" + id + "' in " + catalog.label() + suggestion);
        }
        Technique technique = found.get();
        if (!technique.isCurrent()) {
            String instead = catalog.replacement(id).map(t -> ": use " + label(t) + " instead").orElse("");
            throw new ScaffoldException("technique " + label(technique) + " is "
                    + (technique.revoked() ? "revoked" : "deprecated") + " in " + catalog.label() + instead);
        }
        return technique;
    }

    private static String label(Tactic tactic) {
        return tactic.id() + " (" + tactic.name() + ")";
    }

    private static String label(Technique technique) {
        return technique.id() + " (" + technique.name() + ")";
    }

    /** The {@code [[rule.threat]]} entry as detection-rules writes it. */
    String toml() {
        List<String> lines = new ArrayList<>(List.of("[[rule.threat]]", "framework = \"MITRE ATT&CK\""));
        technique.ifPresent(t -> lines.addAll(entry("[[rule.threat.technique]]", t.id(), t.name(), t.url())));
        subtechnique.ifPresent(t -> lines.addAll(entry("[[rule.threat.technique.subtechnique]]", t.id(), t.name(),
                t.url())));
        lines.add("");
        lines.addAll(entry("[rule.threat.tactic]", tactic.id(), tactic.name(), tactic.url()));
        return String.join("\n", lines) + "\n";
    }

    private static List<String> entry(String header, String id, String name, String url) {
        return List.of(header, "id = " + TomlText.quoted(id), "name = " + TomlText.quoted(name),
                "reference = " + TomlText.quoted(url));
    }

    /** The primary tactic as a file name prefix, as the file-name-tactic check wants it: {@code defense_evasion}. */
    String fileNamePrefix() {
        return tactic.name().toLowerCase(Locale.ROOT).replace(' ', '_');
    }
}
