package dev.rulesmith.validator.checks;

import dev.rulesmith.validator.check.RuleCheck;
import dev.rulesmith.validator.check.RuleContext;
import dev.rulesmith.validator.finding.Finding;
import dev.rulesmith.validator.finding.Severity;
import dev.rulesmith.validator.model.RuleFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.tomlj.TomlArray;
import org.tomlj.TomlTable;

/**
 * Each placeholder names an existing [transform] entry: {@code $investigate_2} is replaced only when
 * [[transform.investigate]] has a third entry (they are numbered from 0); otherwise Kibana shows the placeholder as
 * text and an entry goes unplaced. detection-rules compares only the counts, so this is a warning.
 */
public final class TransformPlaceholderRange implements RuleCheck {

    @Override
    public String id() {
        return "transform-placeholder-range";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String summary() {
        return "A note placeholder $plugin_N must name an existing [transform] entry (numbered from 0).";
    }

    @Override
    public List<Finding> check(RuleContext context) {
        RuleFile rule = context.rule();
        Optional<TomlTable> transform = rule.table("transform");
        Optional<String> note = rule.string("rule.note");
        if (transform.isEmpty() || note.isEmpty()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<String, Integer> placeholder : TransformPlaceholders.placeholders(note.get()).entrySet()) {
            String name = placeholder.getKey();
            Optional<String> plugin = TransformPlaceholders.pluginOf(name)
                    .filter(p -> transform.get().contains(List.of(p)));
            if (plugin.isEmpty()) {
                continue;
            }
            Object value = transform.get().get(List.of(plugin.get()));
            int entries = value instanceof TomlArray array ? array.size() : 0;
            if (Integer.parseInt(name.substring(name.lastIndexOf('_') + 1)) >= entries) {
                findings.add(finding(rule, TransformPlaceholders.at(rule, note.get(), placeholder.getValue()),
                        "rule.note: placeholder '$" + name + "' has no entry: [[transform." + plugin.get() + "]] has "
                                + entries + (entries == 1 ? " entry" : " entries") + " (numbered from 0)"
                                + unplaced(plugin.get(), entries, note.get())));
            }
        }
        return findings;
    }

    private static String unplaced(String plugin, int entries, String note) {
        Map<String, Integer> used = TransformPlaceholders.placeholders(note);
        List<String> missing = IntStream.range(0, entries).mapToObj(i -> plugin + "_" + i)
                .filter(p -> !used.containsKey(p)).map(p -> "$" + p).toList();
        return missing.isEmpty() ? "" : "; " + String.join(", ", missing) + " is never placed";
    }
}
