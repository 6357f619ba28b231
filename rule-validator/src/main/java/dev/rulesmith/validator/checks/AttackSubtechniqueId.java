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

/**
 * A sub-technique id is not a sub-technique of the ATT&CK catalog (revoked and deprecated ids are attack-revoked
 * findings).
 */
public final class AttackSubtechniqueId implements RuleCheck {

    @Override
    public String id() {
        return "attack-subtechnique-id";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "A sub-technique id must be a sub-technique of the ATT&CK catalog.";
    }

    @Override
    public List<Finding> check(RuleContext context) {
        AttackCatalog catalog = context.reference().attack();
        List<Finding> findings = new ArrayList<>();
        for (Threat threat : ThreatEntries.attack(context.rule())) {
            for (TechniqueEntry entry : threat.techniques()) {
                Optional<String> parent = entry.technique().id().map(Value::text);
                for (Ref sub : entry.subtechniques()) {
                    sub.id().flatMap(id -> problem(catalog, sub, id, parent))
                            .ifPresent(message -> findings.add(
                                    finding(context.rule(), sub.id().get().path(), message)));
                }
            }
        }
        return findings;
    }

    private static Optional<String> problem(AttackCatalog catalog, Ref sub, Value id, Optional<String> parent) {
        Optional<Technique> known = catalog.technique(id.text());
        if (known.isEmpty()) {
            return Optional.of(id + " is not a sub-technique in " + catalog.label()
                    + AttackFindings.didYouMeanId(catalog, sub, true, parent));
        }
        if (!known.get().isSubtechnique()) {
            return Optional.of(id + " is a technique, not a sub-technique, in " + catalog.label()
                    + ": list it as a technique of its own");
        }
        return Optional.empty();
    }
}
