package dev.rulesmith.validator.checks;

import dev.rulesmith.validator.check.Profile;
import dev.rulesmith.validator.check.RuleCheck;
import dev.rulesmith.validator.check.RuleContext;
import dev.rulesmith.validator.finding.Finding;
import dev.rulesmith.validator.finding.Severity;
import dev.rulesmith.validator.model.RuleFile;
import dev.rulesmith.validator.text.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Elastic convention: every tag is {@code Prefix: Value} with a prefix of the controlled vocabulary (Domain, OS,
 * Use Case, Tactic, Data Source, Rule Type, Resources, ...), as detection-rules' test_tag_prefix requires.
 */
public final class TagPrefix implements RuleCheck {

    @Override
    public String id() {
        return "tag-prefix";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "Every tag must start with a prefix of Elastic's tag vocabulary, e.g. 'OS: ' or 'Data Source: '.";
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
        List<String> tags = RuleFacts.tags(rule);
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < tags.size(); i++) {
            String tag = tags.get(i);
            if (tag != null && ElasticTags.prefix(tag).isEmpty()) {
                findings.add(finding(rule, RuleFacts.tag(i), "tag '" + tag + "' has no known prefix; Elastic tags are "
                        + "'Prefix: Value' with a prefix from " + ElasticTags.prefixes() + suggestion(tag)));
            }
        }
        return findings;
    }

    private static String suggestion(String tag) {
        List<String> byValue = ElasticTags.withValue(tag);
        if (!byValue.isEmpty()) {
            return " (did you mean '" + byValue.get(0) + "'?)";
        }
        int colon = tag.indexOf(':');
        return colon < 0 ? "" : Suggestions.didYouMean(tag.substring(0, colon), ElasticTags.prefixes());
    }
}
