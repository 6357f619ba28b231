package dev.rulesmith.validator.checks;

import dev.rulesmith.validator.attack.ThreatEntries;
import dev.rulesmith.validator.attack.ThreatEntries.Threat;
import dev.rulesmith.validator.attack.ThreatEntries.Value;
import dev.rulesmith.validator.check.RuleCheck;
import dev.rulesmith.validator.check.RuleContext;
import dev.rulesmith.validator.finding.Finding;
import dev.rulesmith.validator.finding.Severity;
import dev.rulesmith.validator.text.Suggestions;
import java.util.ArrayList;
import java.util.List;

/** A threat entry names no framework or one other than MITRE ATT&CK and MITRE ATLAS; ATLAS entries get a note. */
public final class AttackFramework implements RuleCheck {

    private static final List<String> FRAMEWORKS = List.of(ThreatEntries.ATTACK, ThreatEntries.ATLAS);

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
        return "Each rule.threat entry names its framework: 'MITRE ATT&CK' (validated) or 'MITRE ATLAS' (accepted, "
                + "not validated).";
    }

    @Override
    public List<Finding> check(RuleContext context) {
        String label = context.reference().attack().label();
        List<Finding> findings = new ArrayList<>();
        for (Threat threat : ThreatEntries.of(context.rule())) {
            if (threat.framework().isEmpty()) {
                findings.add(finding(context.rule(), threat.path(), threat.path() + " has no framework: add "
                        + "framework = \"" + ThreatEntries.ATTACK + "\" (validated against " + label + ")"));
                continue;
            }
            Value framework = threat.framework().get();
            if (framework.text().equals(ThreatEntries.ATLAS)) {
                findings.add(finding(context.rule(), framework.path(), framework
                        + " is accepted but not validated: only " + label + " is bundled").withSeverity(Severity.NOTE));
            } else if (!threat.isAttack()) {
                findings.add(finding(context.rule(), framework.path(), framework + " is not a supported framework: "
                        + "use '" + ThreatEntries.ATTACK + "' (validated against " + label + ") or '"
                        + ThreatEntries.ATLAS + "'"
                        + Suggestions.didYouMean(framework.text(), FRAMEWORKS)));
            }
        }
        return findings;
    }
}
