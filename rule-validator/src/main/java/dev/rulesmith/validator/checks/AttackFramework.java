package dev.rulesmith.validator.checks;

import dev.rulesmith.validator.attack.ThreatEntries;
import dev.rulesmith.validator.attack.ThreatEntries.Threat;
import dev.rulesmith.validator.check.RuleCheck;
import dev.rulesmith.validator.check.RuleContext;
import dev.rulesmith.validator.finding.Finding;
import dev.rulesmith.validator.finding.Severity;
import dev.rulesmith.validator.text.Suggestions;
import java.util.ArrayList;
import java.util.List;

/** A threat entry names no framework or one other than MITRE ATT&CK and MITRE ATLAS; ATLAS entries get a note. */
public final class AttackFramework implements RuleCheck {

    @Override
    public String id() {
        return "attack-framework";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "Each rule.threat entry names its framework: 'MITRE ATT&CK' (validated) or 'MITRE ATLAS' (accepted, not validated).";
    }

    @Override
    public List<Finding> check(RuleContext context) {
        String label = context.reference().attack().label();
        List<Finding> findings = new ArrayList<>();
        for (Threat threat : ThreatEntries.of(context.rule())) {
            if (threat.framework().isEmpty()) {
                findings.add(finding(context.rule(), threat.path(), threat.path() + " has no framework: add framework = \""
                        + ThreatEntries.ATTACK + "\" (validated against " + label + ")"));
            } else if (threat.framework().get().text().equals(ThreatEntries.ATLAS)) {
                findings.add(finding(context.rule(), threat.framework().get().path(), threat.framework().get()
                        + " is accepted but not validated: only " + label + " is bundled").withSeverity(Severity.NOTE));
            } else if (!threat.isAttack()) {
                String framework = threat.framework().get().text();
                findings.add(finding(context.rule(), threat.framework().get().path(), threat.framework().get()
                        + " is not a supported framework: use '" + ThreatEntries.ATTACK + "' (validated against " + label
                        + ") or '" + ThreatEntries.ATLAS + "'"
                        + Suggestions.didYouMean(framework, List.of(ThreatEntries.ATTACK, ThreatEntries.ATLAS))));
            }
        }
        return findings;
    }
}
