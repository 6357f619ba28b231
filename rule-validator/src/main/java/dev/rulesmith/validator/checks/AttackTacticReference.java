package dev.rulesmith.validator.checks;

import dev.rulesmith.validator.attack.AttackCatalog;
import dev.rulesmith.validator.attack.Tactic;
import dev.rulesmith.validator.attack.ThreatEntries;
import dev.rulesmith.validator.attack.ThreatEntries.Ref;
import dev.rulesmith.validator.attack.ThreatEntries.Threat;
import dev.rulesmith.validator.attack.ThreatEntries.Value;
import dev.rulesmith.validator.check.RuleCheck;
import dev.rulesmith.validator.check.RuleContext;
import dev.rulesmith.validator.finding.Finding;
import dev.rulesmith.validator.finding.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A threat entry's tactic reference is not the catalog's URL for its tactic id. */
public final class AttackTacticReference implements RuleCheck {

    @Override
    public String id() {
        return "attack-tactic-reference";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "A tactic reference must be the URL the ATT&CK catalog gives its id, e.g. "
                + "https://attack.mitre.org/tactics/TA0003/.";
    }

    @Override
    public List<Finding> check(RuleContext context) {
        AttackCatalog catalog = context.reference().attack();
        List<Finding> findings = new ArrayList<>();
        for (Threat threat : ThreatEntries.attack(context.rule())) {
            Optional<Tactic> tactic = threat.tactic().flatMap(ref -> AttackFindings.resolve(catalog, ref));
            Optional<Value> reference = threat.tactic().flatMap(Ref::reference);
            if (tactic.isPresent() && reference.isPresent() && !reference.get().text().equals(tactic.get().url())) {
                findings.add(finding(context.rule(), reference.get().path(),
                        AttackFindings.wrongReference(reference.get(), tactic.get().id(), tactic.get().url(),
                                catalog)));
            }
        }
        return findings;
    }
}
