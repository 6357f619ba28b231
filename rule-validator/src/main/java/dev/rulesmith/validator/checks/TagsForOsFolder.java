package dev.rulesmith.validator.checks;

import dev.rulesmith.validator.check.Profile;
import dev.rulesmith.validator.check.RuleCheck;
import dev.rulesmith.validator.check.RuleContext;
import dev.rulesmith.validator.finding.Finding;
import dev.rulesmith.validator.finding.Severity;
import dev.rulesmith.validator.model.KeyPath;
import dev.rulesmith.validator.model.RuleFile;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Elastic convention: a rule in a {@code linux}, {@code macos} or {@code windows} folder carries the matching OS tag
 * (detection-rules' test_os_tags).
 */
public final class TagsForOsFolder implements RuleCheck {

    private static final Map<String, String> OS_TAGS = Map.of("linux", "OS: Linux", "macos", "OS: macOS",
            "windows", "OS: Windows");

    @Override
    public String id() {
        return "tags-for-os-folder";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "A rule in a linux, macos or windows folder must carry the matching 'OS: ...' tag.";
    }

    @Override
    public Set<Profile> profiles() {
        return Profile.ELASTIC_ONLY;
    }

    @Override
    public List<Finding> check(RuleContext context) {
        RuleFile rule = context.rule();
        String required = OS_TAGS.get(RuleFacts.parentFolder(rule));
        if (RuleFacts.deprecated(rule) || required == null || RuleFacts.tags(rule).contains(required)) {
            return List.of();
        }
        KeyPath at = rule.value(KeyPath.parse("rule.tags")).isPresent() ? KeyPath.parse("rule.tags")
                : KeyPath.parse("rule");
        return List.of(finding(rule, at, "rule is in the " + RuleFacts.parentFolder(rule)
                + " folder but lacks the tag '" + required + "': add it"));
    }
}
