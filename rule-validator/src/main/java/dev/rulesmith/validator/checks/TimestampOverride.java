package dev.rulesmith.validator.checks;

import dev.rulesmith.validator.check.Profile;
import dev.rulesmith.validator.check.RuleCheck;
import dev.rulesmith.validator.check.RuleContext;
import dev.rulesmith.validator.finding.Finding;
import dev.rulesmith.validator.finding.Severity;
import dev.rulesmith.validator.model.KeyPath;
import dev.rulesmith.validator.model.RuleFile;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Elastic convention: every KQL or EQL rule that is not an EQL sequence sets {@code timestamp_override =
 * "event.ingested"}, so that events ingested late are still searched (detection-rules' test_event_override; ES|QL,
 * Lucene and machine learning rules are exempt, and sequences keep @timestamp).
 */
public final class TimestampOverride implements RuleCheck {

    private static final String INGESTED = "event.ingested";
    private static final KeyPath OVERRIDE = KeyPath.parse("rule.timestamp_override");

    @Override
    public String id() {
        return "timestamp-override";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "KQL and non-sequence EQL rules must set timestamp_override = \"event.ingested\".";
    }

    @Override
    public Set<Profile> profiles() {
        return Profile.ELASTIC_ONLY;
    }

    @Override
    public List<Finding> check(RuleContext context) {
        RuleFile rule = context.rule();
        Optional<String> language = rule.string("rule.language").filter(l -> l.equals("kuery") || l.equals("eql"));
        Optional<String> override = rule.string("rule.timestamp_override");
        boolean sequence = language.filter("eql"::equals).isPresent()
                && EqlText.isSequence(rule.string("rule.query").orElse(""));
        if (RuleFacts.deprecated(rule) || language.isEmpty() || sequence
                || override.filter(INGESTED::equals).isPresent()) {
            return List.of();
        }
        if (override.isPresent()) {
            return List.of(finding(rule, OVERRIDE, "timestamp_override = '" + override.get() + "': " + language.get()
                    + " rules use \"event.ingested\" so that late events are still searched"));
        }
        return List.of(finding(rule, KeyPath.parse("rule.language"), "rule lacks timestamp_override = \""
                + INGESTED + "\", which every " + language.get() + " rule that is not an EQL sequence needs"));
    }
}
