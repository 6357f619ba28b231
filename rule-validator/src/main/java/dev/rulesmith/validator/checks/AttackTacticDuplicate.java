package dev.rulesmith.validator.checks;

import dev.rulesmith.validator.attack.AttackCatalog;
import dev.rulesmith.validator.attack.ThreatEntries;
import dev.rulesmith.validator.attack.ThreatEntries.Ref;
import dev.rulesmith.validator.attack.ThreatEntries.Threat;
import dev.rulesmith.validator.check.RuleCheck;
import dev.rulesmith.validator.check.RuleContext;
import dev.rulesmith.validator.finding.Finding;
import dev.rulesmith.validator.finding.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Two threat entries of one rule name the same tactic. */
public final class AttackTacticDuplicate implements RuleCheck {

    @Override
    public String id() {
        return "attack-tactic-duplicate";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String summary() {
        return "A rule maps each tactic in one threat entry, not in two.";
    }

    @Override
    public List<Finding> check(RuleContext context) {
        AttackCatalog catalog = context.reference().attack();
        List<Finding> findings = new ArrayList<>();
        Map<String, Threat> seen = new HashMap<>();
        for (Threat threat : ThreatEntries.attack(context.rule())) {
            threat.tactic().flatMap(Ref::id).ifPresent(id -> {
                Threat first = seen.putIfAbsent(id.text(), threat);
                if (first != null) {
                    String tactic = catalog.tactic(id.text()).map(AttackFindings::describe).orElse(id.text());
                    findings.add(finding(context.rule(), id.path(), id.path() + ": " + tactic + " in "
                            + catalog.label() + " is already mapped by " + first.path()
                            + ": merge the techniques of both entries into that one"));
                }
            });
        }
        return findings;
    }
}
