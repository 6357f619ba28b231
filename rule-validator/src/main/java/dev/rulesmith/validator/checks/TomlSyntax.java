package dev.rulesmith.validator.checks;

import dev.rulesmith.validator.check.RuleCheck;
import dev.rulesmith.validator.check.RuleContext;
import dev.rulesmith.validator.finding.Finding;
import dev.rulesmith.validator.finding.Severity;
import dev.rulesmith.validator.model.SourcePosition;
import java.util.List;

/** The rule file is not valid TOML. */
public final class TomlSyntax implements RuleCheck {

    @Override
    public String id() {
        return "toml-syntax";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public boolean strictOnDeprecatedRules() {
        return true;
    }

    @Override
    public String summary() {
        return "The rule file must be valid TOML 1.0.";
    }

    @Override
    public List<Finding> check(RuleContext context) {
        return context.rule().syntaxErrors().stream()
                .map(error -> finding(context.rule(),
                        new SourcePosition(error.position().line(), error.position().column()),
                        "invalid TOML: " + error.getMessage().replaceFirst("^.*?:\\s*", "")))
                .toList();
    }
}
