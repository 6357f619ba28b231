package dev.rulesmith.validator.checks;

import dev.rulesmith.validator.model.KeyPath;
import dev.rulesmith.validator.model.RuleFile;
import dev.rulesmith.validator.model.SourcePosition;
import dev.rulesmith.validator.query.QueryText;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;
import org.tomlj.TomlArray;

/** What the repository and convention checks read from a rule: maturity, tags, folders, authors, text positions. */
final class RuleFacts {

    private RuleFacts() {
    }

    /** {@code metadata.maturity = "deprecated"}: detection-rules freezes such rules and skips its convention tests. */
    static boolean deprecated(RuleFile rule) {
        return rule.string("metadata.maturity").filter("deprecated"::equals).isPresent();
    }

    /** The string elements of an array (others are the schema's business), in order. */
    static List<String> strings(RuleFile rule, String dottedPath) {
        return rule.array(dottedPath).map(RuleFacts::strings).orElse(List.of());
    }

    static List<String> strings(TomlArray array) {
        return array.toList().stream().map(v -> v instanceof String s ? s : null).toList();
    }

    /** {@code rule.tags}, with null for a non-string element so that indexes match the file. */
    static List<String> tags(RuleFile rule) {
        return strings(rule, "rule.tags");
    }

    static KeyPath tag(int index) {
        return KeyPath.of("rule", "tags", index);
    }

    /** The folders and file name of the display path. */
    static List<String> segments(RuleFile rule) {
        return List.of(rule.path().split("/"));
    }

    static String fileName(RuleFile rule) {
        List<String> segments = segments(rule);
        return segments.get(segments.size() - 1);
    }

    /** The folder holding the file, or "" for a file at the top of the repository. */
    static String parentFolder(RuleFile rule) {
        List<String> segments = segments(rule);
        return segments.size() < 2 ? "" : segments.get(segments.size() - 2);
    }

    /** {@code "Elastic"} is one of the authors (the test detection-rules uses for its own rules). */
    static boolean byElastic(RuleFile rule) {
        return strings(rule, "rule.author").contains("Elastic");
    }

    /** The name of the first threat entry's tactic: the rule's primary tactic. */
    static Optional<String> primaryTactic(RuleFile rule) {
        return rule.string("rule.threat[0].tactic.name");
    }

    /** The tactic names of every threat entry, in order. */
    static List<String> tacticNames(RuleFile rule) {
        int count = rule.array("rule.threat").map(TomlArray::size).orElse(0);
        return IntStream.range(0, count)
                .mapToObj(i -> rule.string("rule.threat[" + i + "].tactic.name").orElse(null))
                .filter(Objects::nonNull).toList();
    }

    /** The file position of a 1-based line and column inside the string value of a key. */
    static SourcePosition inText(RuleFile rule, String dottedKey, int line, int column) {
        KeyPath key = KeyPath.parse(dottedKey);
        String text = rule.string(dottedKey).orElse("");
        return QueryText.locate(text, rule.source(), rule.position(key)).toSource(line, column);
    }
}
