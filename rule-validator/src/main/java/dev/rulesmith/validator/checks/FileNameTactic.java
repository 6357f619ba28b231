package dev.rulesmith.validator.checks;

import dev.rulesmith.validator.check.Profile;
import dev.rulesmith.validator.check.RuleCheck;
import dev.rulesmith.validator.check.RuleContext;
import dev.rulesmith.validator.finding.Finding;
import dev.rulesmith.validator.finding.Severity;
import dev.rulesmith.validator.model.KeyPath;
import dev.rulesmith.validator.model.RuleFile;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Elastic convention: the file name of an Elastic-authored rule starts with its primary tactic (the first threat
 * entry's), lower-cased with '_' for spaces, as detection-rules' test_rule_file_name_tactic requires.
 */
public final class FileNameTactic implements RuleCheck {

    @Override
    public String id() {
        return "file-name-tactic";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "An Elastic rule's file name must start with its primary tactic (e.g. persistence_...).";
    }

    @Override
    public Set<Profile> profiles() {
        return Profile.ELASTIC_ONLY;
    }

    @Override
    public List<Finding> check(RuleContext context) {
        RuleFile rule = context.rule();
        Optional<String> tactic = RuleFacts.primaryTactic(rule);
        boolean machineLearning = rule.string("rule.type").filter("machine_learning"::equals).isPresent();
        if (RuleFacts.deprecated(rule) || machineLearning || tactic.isEmpty() || !RuleFacts.byElastic(rule)) {
            return List.of();
        }
        String prefix = tactic.get().toLowerCase(Locale.ROOT).replace(' ', '_');
        String name = RuleFacts.fileName(rule);
        if (name.startsWith(prefix)) {
            return List.of();
        }
        return List.of(finding(rule, KeyPath.parse("rule.threat[0].tactic.name"), "file name '" + name
                + "' must start with the primary tactic '" + prefix + "' (rule.threat[0] is " + tactic.get()
                + "): rename the file, or put the right tactic first"));
    }
}
