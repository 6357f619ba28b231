package dev.rulesmith.validator.checks;

import dev.rulesmith.validator.check.RuleCheck;
import dev.rulesmith.validator.check.RuleContext;
import dev.rulesmith.validator.finding.Finding;
import dev.rulesmith.validator.finding.Severity;
import dev.rulesmith.validator.model.KeyPath;
import dev.rulesmith.validator.model.RuleFile;
import dev.rulesmith.validator.model.SourcePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tomlj.TomlArray;
import org.tomlj.TomlTable;

/**
 * No string of a rule still holds a {@code <<placeholder>>} of the kind the new-rule scaffold writes for what only
 * the author can say (description, query values, investigation guide, ...). Each placeholder is reported where it
 * stands in the file: found in the source from its key on, in the order of the key's values.
 */
public final class PlaceholderText implements RuleCheck {

    /** {@code <<text>>} on one line, the text neither starting nor ending with a space (so {@code <<EOF >>} is not). */
    private static final Pattern PLACEHOLDER = Pattern.compile("<<([^\\s<>]|[^\\s<>][^<>\\r\\n]*[^\\s<>])>>");

    @Override
    public String id() {
        return "placeholder-text";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "No value may still hold a <<...>> placeholder left by the new-rule scaffold.";
    }

    @Override
    public boolean strictOnDeprecatedRules() {
        return true;
    }

    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        table(context.rule(), context.rule().document(), KeyPath.of(), findings);
        return findings;
    }

    private void table(RuleFile rule, TomlTable table, KeyPath at, List<Finding> findings) {
        for (String key : table.keySet()) {
            Object value = table.get(List.of(key));
            KeyPath child = at.child(key);
            if (value instanceof TomlTable nested) {
                table(rule, nested, child, findings);
            } else {
                int[] cursor = {offsetOf(rule.source(), rule.position(child))};
                value(rule, value, child, cursor, findings);
            }
        }
    }

    /** Reports the placeholders of a key's value; {@code cursor} is where the search of the source goes on. */
    private void value(RuleFile rule, Object value, KeyPath at, int[] cursor, List<Finding> findings) {
        if (value instanceof TomlTable nested) {
            table(rule, nested, at, findings);
        } else if (value instanceof TomlArray array) {
            for (int i = 0; i < array.size(); i++) {
                value(rule, array.get(i), at.child(i), cursor, findings);
            }
        } else if (value instanceof String text) {
            Matcher matcher = PLACEHOLDER.matcher(text);
            while (matcher.find()) {
                int found = rule.source().indexOf(matcher.group(), cursor[0]);
                SourcePosition position = found < 0 ? rule.position(at) : positionOf(rule.source(), found);
                cursor[0] = found < 0 ? cursor[0] : found + matcher.group().length();
                findings.add(finding(rule, position, at + ": placeholder '" + matcher.group()
                        + "' is still there: replace it with the rule's own text"));
            }
        }
    }

    private static int offsetOf(String source, SourcePosition position) {
        int offset = 0;
        for (int line = 1; line < position.line() && offset >= 0; line++) {
            offset = source.indexOf('\n', offset);
            offset = offset < 0 ? -1 : offset + 1;
        }
        return offset < 0 ? source.length() : Math.min(source.length(), offset + position.column() - 1);
    }

    private static SourcePosition positionOf(String source, int offset) {
        String before = source.substring(0, offset);
        int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
        return new SourcePosition(line, offset - before.lastIndexOf('\n'));
    }
}
