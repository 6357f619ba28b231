package dev.rulesmith.validator.checks;

import dev.rulesmith.validator.check.RuleCheck;
import dev.rulesmith.validator.check.RuleContext;
import dev.rulesmith.validator.finding.Finding;
import dev.rulesmith.validator.finding.Severity;
import dev.rulesmith.validator.model.RuleFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A tag of Elastic's controlled vocabulary is spelled with its controlled casing (detection-rules'
 * test_casing_and_spacing): Kibana filters tags as exact strings, so 'OS: windows' and 'OS: Windows' split a filter.
 */
public final class TagCasing implements RuleCheck {

    @Override
    public String id() {
        return "tag-casing";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String summary() {
        return "A tag of Elastic's controlled vocabulary must use its exact casing, e.g. 'OS: macOS'.";
    }

    @Override
    public List<Finding> check(RuleContext context) {
        RuleFile rule = context.rule();
        if (RuleFacts.deprecated(rule)) {
            return List.of();
        }
        List<String> tags = RuleFacts.tags(rule);
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < tags.size(); i++) {
            String tag = tags.get(i);
            Optional<String> controlled = tag == null ? Optional.empty() : ElasticTags.controlled(tag);
            if (controlled.isPresent() && !controlled.get().equals(tag)) {
                findings.add(finding(rule, RuleFacts.tag(i), "tag '" + tag + "' differs only in case from the "
                        + "controlled tag '" + controlled.get() + "': use '" + controlled.get() + "'"));
            }
        }
        return findings;
    }
}
