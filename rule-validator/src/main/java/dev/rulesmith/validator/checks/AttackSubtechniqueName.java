package dev.rulesmith.validator.checks;

import dev.rulesmith.validator.attack.AttackCatalog;
import dev.rulesmith.validator.attack.Technique;
import dev.rulesmith.validator.attack.ThreatEntries;
import dev.rulesmith.validator.attack.ThreatEntries.Ref;
import dev.rulesmith.validator.attack.ThreatEntries.TechniqueEntry;
import dev.rulesmith.validator.attack.ThreatEntries.Threat;
import dev.rulesmith.validator.attack.ThreatEntries.Value;
import dev.rulesmith.validator.check.RuleCheck;
import dev.rulesmith.validator.check.RuleContext;
import dev.rulesmith.validator.finding.Finding;
import dev.rulesmith.validator.finding.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A sub-technique name is not the catalog's name for the sub-technique id. */
public final class AttackSubtechniqueName implements RuleCheck {

    @Override
    public String id() {
        return "attack-subtechnique-name";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "A sub-technique name must be the exact name the ATT&CK catalog gives its id (its own name, without "
                + "the parent's).";
    }

    @Override
    public List<Finding> check(RuleContext context) {
        AttackCatalog catalog = context.reference().attack();
        List<Finding> findings = new ArrayList<>();
        for (Threat threat : ThreatEntries.attack(context.rule())) {
            for (TechniqueEntry entry : threat.techniques()) {
                for (Ref sub : entry.subtechniques()) {
                    Optional<Technique> known = AttackFindings.resolve(catalog, sub, true);
                    Optional<Value> name = sub.name();
                    if (known.isPresent() && name.isPresent() && !name.get().text().equals(known.get().name())) {
                        findings.add(finding(context.rule(), name.get().path(),
                                AttackFindings.wrongName(name.get(), known.get().id(), known.get().name(), catalog)));
                    }
                }
            }
        }
        return findings;
    }
}
