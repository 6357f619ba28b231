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
 * Elastic convention: building block rules (rule.building_block_type set) live in {@code rules_building_block/}, and
 * nothing else does (detection-rules' test_bbr_in_correct_dir and test_non_bbr_in_correct_dir).
 */
public final class BuildingBlockFolder implements RuleCheck {

    private static final String FOLDER = "rules_building_block";
    private static final KeyPath TYPE = KeyPath.parse("rule.building_block_type");

    @Override
    public String id() {
        return "building-block-folder";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "Building block rules, and only they, belong in rules_building_block/.";
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
        boolean buildingBlock = rule.value(TYPE).isPresent();
        boolean inFolder = RuleFacts.segments(rule).contains(FOLDER);
        if (buildingBlock && !inFolder) {
            return List.of(finding(rule, TYPE, "building block rule must be stored in " + FOLDER + "/: move it to "
                    + FOLDER + "/" + RuleFacts.fileName(rule)));
        }
        if (!buildingBlock && inFolder) {
            return List.of(finding(rule, KeyPath.parse("rule"), "rule in " + FOLDER + "/ is not a building block: set "
                    + "building_block_type = \"default\" or move it under rules/"));
        }
        return List.of();
    }
}
