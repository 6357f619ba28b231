package dev.rulesmith.validator.checks;

import dev.rulesmith.validator.check.RuleCheck;
import dev.rulesmith.validator.check.RuleContext;
import dev.rulesmith.validator.finding.Finding;
import dev.rulesmith.validator.finding.Severity;
import dev.rulesmith.validator.model.RuleFile;
import dev.rulesmith.validator.model.SourcePosition;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** A rule file's name is lowercase snake_case ending in .toml (detection-rules' FILE_PATTERN). */
public final class FileNamePattern implements RuleCheck {

    private static final Pattern NAME = Pattern.compile("[a-z0-9_]+\\.toml");

    @Override
    public String id() {
        return "file-name-pattern";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "A rule file name must be lowercase snake_case: a-z, 0-9 and '_', ending in .toml.";
    }

    @Override
    public boolean strictOnDeprecatedRules() {
        return true;
    }

    @Override
    public List<Finding> check(RuleContext context) {
        RuleFile rule = context.rule();
        String name = RuleFacts.fileName(rule);
        if (NAME.matcher(name).matches()) {
            return List.of();
        }
        return List.of(finding(rule, SourcePosition.START, "file name '" + name + "' must be lowercase snake_case "
                + "(a-z, 0-9 and '_') ending in .toml: rename it to '" + suggestion(name) + "'"));
    }

    private static String suggestion(String name) {
        String stem = name.endsWith(".toml") ? name.substring(0, name.length() - ".toml".length())
                : name.replaceFirst("\\.[^.]*$", "");
        String snake = stem.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        return (snake.isEmpty() ? "rule" : snake) + ".toml";
    }
}
