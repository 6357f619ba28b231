package dev.rulesmith.docs;

import dev.rulesmith.validator.model.KeyPath;
import dev.rulesmith.validator.model.RuleFile;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.tomlj.TomlArray;

/**
 * The documented facts of one rule, read from its TOML once. Missing values are empty strings or empty lists.
 *
 * @param path   the rule's path relative to the rules directory
 * @param source the rule file's text
 */
record RuleFacts(String path, String source, String ruleId, String name, String description, String type,
                 String language, String severity, String riskScore, List<String> indexes, String interval,
                 String from, List<String> integrations, String maturity, String created, String updated,
                 List<String> authors, String license, List<String> tags, List<String> references,
                 List<String> falsePositives, String note, String setup, List<ThreatMapping> threats) {

    RuleFacts {
        indexes = List.copyOf(indexes);
        integrations = List.copyOf(integrations);
        authors = List.copyOf(authors);
        tags = List.copyOf(tags);
        references = List.copyOf(references);
        falsePositives = List.copyOf(falsePositives);
        threats = List.copyOf(threats);
    }

    static RuleFacts of(RuleFile rule) {
        return new RuleFacts(rule.path(), rule.source(), text(rule, "rule.rule_id"),
                text(rule, "rule.name").isBlank() ? rule.path() : text(rule, "rule.name"),
                text(rule, "rule.description"), text(rule, "rule.type"), text(rule, "rule.language"),
                text(rule, "rule.severity"), text(rule, "rule.risk_score"), strings(rule, "rule.index"),
                text(rule, "rule.interval"), text(rule, "rule.from"), strings(rule, "metadata.integration"),
                text(rule, "metadata.maturity"), text(rule, "metadata.creation_date"),
                text(rule, "metadata.updated_date"), strings(rule, "rule.author"), text(rule, "rule.license"),
                strings(rule, "rule.tags"), strings(rule, "rule.references"), strings(rule, "rule.false_positives"),
                text(rule, "rule.note"), text(rule, "rule.setup"), ThreatMapping.of(rule));
    }

    /** Technique and sub-technique ids the rule maps, in order of appearance, without repeats. */
    List<String> techniqueIds() {
        return threats.stream().flatMap(t -> t.techniques().stream())
                .flatMap(t -> Stream.concat(Stream.of(t.technique()), t.subtechniques().stream()))
                .map(AttackRef::id).distinct().toList();
    }

    List<String> tacticIds() {
        return threats.stream().map(t -> t.tactic().id()).filter(id -> !id.isEmpty()).distinct().toList();
    }

    List<String> tacticNames() {
        return threats.stream().map(t -> t.tactic().name()).filter(n -> !n.isEmpty()).distinct().sorted().toList();
    }

    private static String text(RuleFile rule, String path) {
        Optional<Object> value = rule.value(KeyPath.parse(path));
        return value.filter(v -> v instanceof String || v instanceof Number || v instanceof Boolean)
                .map(String::valueOf).orElse("");
    }

    private static List<String> strings(RuleFile rule, String path) {
        return rule.array(path).map(RuleFacts::strings).orElse(List.of());
    }

    static List<String> strings(TomlArray array) {
        return array.toList().stream().filter(String.class::isInstance).map(String.class::cast).toList();
    }
}
