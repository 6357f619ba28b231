package dev.rulesmith.validator.checks;

import dev.rulesmith.validator.check.Profile;
import dev.rulesmith.validator.check.RuleCheck;
import dev.rulesmith.validator.check.RuleContext;
import dev.rulesmith.validator.finding.Finding;
import dev.rulesmith.validator.finding.Severity;
import dev.rulesmith.validator.model.KeyPath;
import dev.rulesmith.validator.model.RuleFile;
import java.util.List;
import java.util.Set;

/**
 * Elastic convention: a rule is in a {@code _deprecated} folder if and only if its maturity is "deprecated", and no
 * deprecated rule is a building block (detection-rules' test_deprecated_rules).
 */
public final class DeprecatedFolder implements RuleCheck {

    private static final String FOLDER = "_deprecated";
    private static final KeyPath MATURITY = KeyPath.parse("metadata.maturity");

    @Override
    public String id() {
        return "deprecated-folder";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "A rule is in a _deprecated folder if and only if metadata.maturity is \"deprecated\".";
    }

    @Override
    public Set<Profile> profiles() {
        return Profile.ELASTIC_ONLY;
    }

    @Override
    public boolean strictOnDeprecatedRules() {
        return true;
    }

    @Override
    public List<Finding> check(RuleContext context) {
        RuleFile rule = context.rule();
        List<String> segments = RuleFacts.segments(rule);
        boolean inFolder = segments.subList(0, segments.size() - 1).contains(FOLDER);
        if (!RuleFacts.deprecated(rule)) {
            return inFolder ? List.of(finding(rule, MATURITY, "rule is in a _deprecated folder but metadata.maturity "
                    + "is '" + rule.string("metadata.maturity").orElse("unset") + "': set maturity = \"deprecated\" "
                    + "or move the rule out of _deprecated")) : List.of();
        }
        if (segments.contains("rules_building_block")) {
            return List.of(finding(rule, MATURITY, "deprecated rule is in rules_building_block: move it to "
                    + "rules/_deprecated/" + RuleFacts.fileName(rule)));
        }
        if (!RuleFacts.parentFolder(rule).equals(FOLDER)) {
            String base = segments.size() > 1 ? segments.get(0) + "/" : "";
            return List.of(finding(rule, MATURITY, "deprecated rule must be stored in a _deprecated folder: move it to "
                    + base + FOLDER + "/" + RuleFacts.fileName(rule)));
        }
        return List.of();
    }
}
