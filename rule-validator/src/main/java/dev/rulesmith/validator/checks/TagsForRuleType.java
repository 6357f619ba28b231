package dev.rulesmith.validator.checks;

import dev.rulesmith.validator.check.Profile;
import dev.rulesmith.validator.check.RuleCheck;
import dev.rulesmith.validator.check.RuleContext;
import dev.rulesmith.validator.finding.Finding;
import dev.rulesmith.validator.finding.Severity;
import dev.rulesmith.validator.model.KeyPath;
import dev.rulesmith.validator.model.RuleFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Elastic convention: tags say what kind of rule it is: machine learning rules carry 'Rule Type: Machine Learning' and
 * 'Rule Type: ML', building blocks 'Rule Type: BBR', and a note with an investigation guide 'Resources: Investigation
 * Guide' (detection-rules' test_ml_rule_type_tags, test_bbr_tags and test_investigation_guide_tag).
 */
public final class TagsForRuleType implements RuleCheck {

    @Override
    public String id() {
        return "tags-for-rule-type";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "ML, building block and investigation-guide rules must carry their Rule Type / Resources tags.";
    }

    @Override
    public Set<Profile> profiles() {
        return Profile.ELASTIC_ONLY;
    }

    @Override
    public List<Finding> check(RuleContext context) {
        RuleFile rule = context.rule();
        if (RuleFacts.deprecated(rule)) {
            return List.of();
        }
        List<String> required = new ArrayList<>();
        if (rule.string("rule.type").filter("machine_learning"::equals).isPresent()) {
            required.addAll(List.of("Rule Type: Machine Learning", "Rule Type: ML"));
        }
        if (rule.value(KeyPath.parse("rule.building_block_type")).isPresent()) {
            required.add("Rule Type: BBR");
        }
        if (rule.string("rule.note").filter(n -> n.contains("Investigating")).isPresent()) {
            required.add("Resources: Investigation Guide");
        }
        List<String> tags = RuleFacts.tags(rule);
        KeyPath at = rule.value(KeyPath.parse("rule.tags")).isPresent() ? KeyPath.parse("rule.tags")
                : KeyPath.parse("rule");
        return required.stream().filter(t -> !tags.contains(t))
                .map(t -> finding(rule, at, "tags lack '" + t + "', " + reason(t) + ": add it")).toList();
    }

    private static String reason(String tag) {
        if (tag.startsWith("Resources")) {
            return "which a note with an investigation guide ('Investigating ...') needs";
        }
        return tag.endsWith("BBR") ? "which every building block rule needs"
                : "which every machine learning rule needs";
    }
}
