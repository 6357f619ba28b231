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
 * Elastic convention: a rule at the limit (max_signals = 1000) explains in its setup how to troubleshoot the
 * maximum-alerts warning, with the standard sentence of detection-rules' test_max_signals_note.
 */
public final class MaxSignalsSetup implements RuleCheck {

    static final String SENTENCE = "For information on troubleshooting the maximum alerts warning please refer to "
            + "this [guide](https://www.elastic.co/guide/en/security/current/alerts-ui-monitor.html"
            + "#troubleshoot-max-alerts).";
    private static final KeyPath MAX_SIGNALS = KeyPath.parse("rule.max_signals");

    @Override
    public String id() {
        return "max-signals-setup";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "A rule with max_signals = 1000 must link the maximum-alerts troubleshooting guide in its setup.";
    }

    @Override
    public Set<Profile> profiles() {
        return Profile.ELASTIC_ONLY;
    }

    @Override
    public List<Finding> check(RuleContext context) {
        RuleFile rule = context.rule();
        boolean atLimit = rule.value(MAX_SIGNALS).filter(v -> v.equals(MaxSignals.LIMIT)).isPresent();
        if (RuleFacts.deprecated(rule) || !atLimit || rule.string("rule.setup").orElse("").contains(SENTENCE)) {
            return List.of();
        }
        return List.of(finding(rule, MAX_SIGNALS, "max_signals = 1000 needs the standard note in rule.setup: \""
                + SENTENCE + "\""));
    }
}
