package dev.rulesmith.validator.engine;

import dev.rulesmith.validator.check.Check;
import dev.rulesmith.validator.check.Checks;
import dev.rulesmith.validator.finding.Finding;
import dev.rulesmith.validator.model.SourcePosition;
import dev.rulesmith.validator.text.Glob;
import dev.rulesmith.validator.text.Suggestions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlPosition;
import org.tomlj.TomlTable;

/**
 * The findings a repository accepts, from its configuration file ({@code .rulesmith.toml}, never a rule file):
 * <pre>
 * [[suppression]]
 * check = "file-name-tactic"
 * rule = "rules/windows/*.toml"      # a path glob ('*' = any text) or a rule_id
 * reason = "renamed upstream in 9.6"  # mandatory: why the finding is acceptable
 * </pre>
 * Loading reports every problem of the file at once, with its line and column.
 */
public final class Suppressions {

    /** No suppressions. */
    public static final Suppressions NONE = new Suppressions(List.of());

    private static final String TABLE = "suppression";
    private static final Set<String> KEYS = Set.of("check", "rule", "reason");

    /** One accepted finding: a check on the rules a glob or rule_id names, and why. */
    public record Suppression(String check, String rule, String reason, SourcePosition position) {

        boolean matches(Finding finding, String ruleId) {
            return check.equals(finding.checkId()) && (rule.equals(ruleId) || Glob.matches(rule, finding.path()));
        }
    }

    private final List<Suppression> entries;

    private Suppressions(List<Suppression> entries) {
        this.entries = List.copyOf(entries);
    }

    public List<Suppression> entries() {
        return entries;
    }

    /** True when a suppression covers this finding of the rule with this rule_id (null when it has none). */
    public boolean suppresses(Finding finding, String ruleId) {
        return entries.stream().anyMatch(s -> s.matches(finding, ruleId));
    }

    /** Loads a configuration file; its errors name it by its file name. */
    public static Suppressions load(Path file) {
        try {
            return parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Parses a configuration's text; throws {@link SuppressionsException} listing every problem. */
    public static Suppressions parse(String displayPath, String source) {
        TomlParseResult document = Toml.parse(source);
        List<String> errors = new ArrayList<>();
        document.errors().forEach(e -> errors.add(at(displayPath, e.position()) + "invalid TOML: "
                + e.getMessage().replaceFirst("^.*?:\\s*", "")));
        List<Suppression> entries = new ArrayList<>();
        if (errors.isEmpty()) {
            for (String key : document.keySet()) {
                if (!key.equals(TABLE)) {
                    errors.add(at(displayPath, document.inputPositionOf(List.of(key))) + "unknown key '" + key
                            + "', expected [[suppression]] tables" + Suggestions.didYouMean(key, List.of(TABLE)));
                }
            }
            Object array = document.get(List.of(TABLE));
            if (array instanceof TomlArray tables) {
                entries(displayPath, tables, entries, errors);
            } else if (array != null) {
                errors.add(at(displayPath, document.inputPositionOf(List.of(TABLE)))
                        + "'suppression' must be an array of tables: write [[suppression]]");
            }
        }
        if (!errors.isEmpty()) {
            throw new SuppressionsException(errors);
        }
        return new Suppressions(entries);
    }

    private static void entries(String path, TomlArray tables, List<Suppression> entries, List<String> errors) {
        for (int i = 0; i < tables.size(); i++) {
            TomlPosition position = tables.inputPositionOf(i);
            if (tables.get(i) instanceof TomlTable table) {
                entry(path, table, position, errors).ifPresent(entries::add);
            } else {
                errors.add(at(path, position) + "'suppression' must be an array of tables: write [[suppression]]");
            }
        }
    }

    private static Optional<Suppression> entry(String path, TomlTable table, TomlPosition start, List<String> errors) {
        int before = errors.size();
        for (String key : table.keySet()) {
            if (!KEYS.contains(key)) {
                errors.add(at(path, table.inputPositionOf(List.of(key))) + "unknown key '" + key
                        + "' in [[suppression]], expected check, rule and reason"
                        + Suggestions.didYouMean(key, KEYS.stream().sorted().toList()));
            }
        }
        String check = text(path, table, "check", start, errors);
        String rule = text(path, table, "rule", start, errors);
        String reason = text(path, table, "reason", start, errors);
        List<String> ids = Checks.all().stream().map(Check::id).toList();
        if (check != null && !ids.contains(check)) {
            errors.add(at(path, table.inputPositionOf(List.of("check"))) + "unknown check id '" + check + "'"
                    + Suggestions.didYouMean(check, ids));
        }
        if (errors.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Suppression(check, rule, reason, position(start)));
    }

    /** The non-blank string value of a required key, or null after recording why it is unusable. */
    private static String text(String path, TomlTable table, String key, TomlPosition start, List<String> errors) {
        Object value = table.get(List.of(key));
        if (value == null) {
            errors.add(at(path, start) + "[[suppression]] lacks '" + key + "'" + (key.equals("reason")
                    ? ": every suppression must say why the finding is acceptable" : ""));
            return null;
        }
        if (!(value instanceof String text) || text.isBlank()) {
            errors.add(at(path, table.inputPositionOf(List.of(key))) + "'" + key + "' must be a non-empty string");
            return null;
        }
        return text;
    }

    private static SourcePosition position(TomlPosition position) {
        return position == null ? SourcePosition.START : new SourcePosition(position.line(), position.column());
    }

    private static String at(String path, TomlPosition position) {
        return path + ":" + position(position) + ": ";
    }
}
