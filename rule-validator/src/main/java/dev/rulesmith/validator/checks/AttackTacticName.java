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

/** A threat entry's tactic name is not the catalog's name for its tactic id. */
public final class AttackTacticName implements RuleCheck {

    @Override
    public String id() {
        return "attack-tactic-name";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "A tactic name must be the exact name the ATT&CK catalog gives its id.";
    }

    @Override
    public List<Finding> check(RuleContext context) {
        AttackCatalog catalog = context.reference().attack();
        List<Finding> findings = new ArrayList<>();
        for (Threat threat : ThreatEntries.attack(context.rule())) {
            Optional<Tactic> tactic = threat.tactic().flatMap(ref -> AttackFindings.resolve(catalog, ref));
            Optional<Value> name = threat.tactic().flatMap(Ref::name);
            if (tactic.isPresent() && name.isPresent() && !name.get().text().equals(tactic.get().name())) {
                findings.add(finding(context.rule(), name.get().path(),
                        AttackFindings.wrongName(name.get(), tactic.get().id(), tactic.get().name(), catalog)));
            }
        }
        return findings;
    }
}
