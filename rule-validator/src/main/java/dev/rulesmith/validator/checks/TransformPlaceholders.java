package dev.rulesmith.validator.checks;

import dev.rulesmith.validator.check.RuleCheck;
import dev.rulesmith.validator.check.RuleContext;
import dev.rulesmith.validator.finding.Finding;
import dev.rulesmith.validator.finding.Severity;
import dev.rulesmith.validator.model.KeyPath;
import dev.rulesmith.validator.model.RuleFile;
import dev.rulesmith.validator.model.SourcePosition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tomlj.TomlArray;
import org.tomlj.TomlTable;

/**
 * Investigation-guide plugins are written as [transform] entries and placed in the note with {@code $osquery_0}-style
 * placeholders, one per entry (detection-rules' test_plugin_placeholders_match_entries and
 * test_if_plugins_explicitly_defined; placeholders follow Python's string.Template, where {@code $$} is a dollar).
 */
public final class TransformPlaceholders implements RuleCheck {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$(?:\\$|([_A-Za-z][_A-Za-z0-9]*)"
            + "|\\{([_A-Za-z][_A-Za-z0-9]*)})");
    private static final Pattern INLINE = Pattern.compile("!\\{(osquery|investigate)", Pattern.CASE_INSENSITIVE);
    private static final Pattern PLUGIN = Pattern.compile("([A-Za-z]+)_(\\d{1,9})");

    @Override
    public String id() {
        return "transform-placeholders";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "Note placeholders ($osquery_0, $investigate_0, ...) must match the [transform] entries one to one.";
    }

    @Override
    public List<Finding> check(RuleContext context) {
        RuleFile rule = context.rule();
        Optional<TomlTable> transform = rule.table("transform");
        Optional<String> note = rule.string("rule.note");
        if (transform.isPresent() && note.isEmpty()) {
            return List.of(finding(rule, KeyPath.parse("transform"), "[transform] is defined but the rule has no note "
                    + "to place its entries in"));
        }
        List<Finding> findings = new ArrayList<>();
        Matcher inline = INLINE.matcher(note.orElse(""));
        while (inline.find()) {
            findings.add(finding(rule, at(rule, note.get(), inline.start()), "rule.note: plugin '!{" + inline.group(1)
                    + "...}' written inline: move it to a [[transform." + inline.group(1) + "]] entry and write $"
                    + inline.group(1) + "_N in its place"));
        }
        Map<String, Integer> placeholders = placeholders(note.orElse(""));
        if (transform.isEmpty()) {
            placeholders.entrySet().stream().filter(e -> e.getKey().contains("_")).forEach(e -> findings.add(finding(
                    rule, at(rule, note.get(), e.getValue()), "rule.note: placeholder '$" + e.getKey() + "' but the "
                            + "rule has no [transform]; write $$ for a literal dollar sign")));
        } else {
            transform.get().keySet().forEach(plugin -> compare(rule, transform.get(), plugin, placeholders, findings));
        }
        return findings;
    }

    private void compare(RuleFile rule, TomlTable transform, String plugin,
                         Map<String, Integer> placeholders, List<Finding> findings) {
        int entries = transform.get(List.of(plugin)) instanceof TomlArray array ? array.size() : 0;
        List<String> used = placeholders.keySet().stream().filter(name -> pluginOf(name).filter(plugin::equals)
                .isPresent()).map(name -> "$" + name).toList();
        if (used.size() != entries) {
            findings.add(finding(rule, KeyPath.of("transform", plugin), "[[transform." + plugin + "]] has " + entries
                    + (entries == 1 ? " entry" : " entries") + " but rule.note places " + used.size() + " "
                    + (used.isEmpty() ? "" : used + " ") + "(one $" + plugin + "_N placeholder per entry)"));
        }
    }

    /** The plugin a placeholder such as {@code osquery_0} places (the part before the trailing "_digits"). */
    static Optional<String> pluginOf(String placeholder) {
        Matcher m = PLUGIN.matcher(placeholder);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** Distinct placeholder names of a note, in order of first use, with the offset of that use. */
    static Map<String, Integer> placeholders(String note) {
        Map<String, Integer> names = new LinkedHashMap<>();
        Matcher m = PLACEHOLDER.matcher(note);
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(2);
            if (name != null) {
                names.putIfAbsent(name, m.start());
            }
        }
        return names;
    }

    static SourcePosition at(RuleFile rule, String note, int offset) {
        String before = note.substring(0, offset);
        int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
        return RuleFacts.inText(rule, "rule.note", line, before.length() - before.lastIndexOf('\n'));
    }
}
