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

/** A sub-technique reference is not the catalog's URL for the sub-technique id. */
public final class AttackSubtechniqueReference implements RuleCheck {

    @Override
    public String id() {
        return "attack-subtechnique-reference";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "A sub-technique reference must be the URL the ATT&CK catalog gives its id, e.g. "
                + "https://attack.mitre.org/techniques/T1562/007/.";
    }

    @Override
    public List<Finding> check(RuleContext context) {
        AttackCatalog catalog = context.reference().attack();
        List<Finding> findings = new ArrayList<>();
        for (Threat threat : ThreatEntries.attack(context.rule())) {
            for (TechniqueEntry entry : threat.techniques()) {
                for (Ref sub : entry.subtechniques()) {
                    Optional<Technique> known = AttackFindings.resolve(catalog, sub, true);
                    Optional<Value> reference = sub.reference();
                    if (known.isPresent() && reference.isPresent()
                            && !reference.get().text().equals(known.get().url())) {
                        findings.add(finding(context.rule(), reference.get().path(), AttackFindings.wrongReference(
                                reference.get(), known.get().id(), known.get().url(), catalog)));
                    }
                }
            }
        }
        return findings;
    }
}
