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

/** A sub-technique is listed under a technique that is not its parent in the ATT&CK catalog. */
public final class AttackSubtechniqueParent implements RuleCheck {

    @Override
    public String id() {
        return "attack-subtechnique-parent";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "A sub-technique must be listed under its parent technique.";
    }

    @Override
    public List<Finding> check(RuleContext context) {
        AttackCatalog catalog = context.reference().attack();
        List<Finding> findings = new ArrayList<>();
        for (Threat threat : ThreatEntries.attack(context.rule())) {
            for (TechniqueEntry entry : threat.techniques()) {
                if (AttackFindings.resolve(catalog, entry.technique(), false).isEmpty()) {
                    continue; // an unknown or revoked technique is reported by attack-technique-id / attack-revoked
                }
                entry.technique().id().ifPresent(technique -> {
                    for (Ref sub : entry.subtechniques()) {
                        AttackFindings.resolve(catalog, sub, true)
                                .filter(known -> !known.parentId().orElseThrow().equals(technique.text()))
                                .ifPresent(known -> findings.add(finding(context.rule(), sub.id().orElseThrow().path(),
                                        message(catalog, sub, known, technique))));
                    }
                });
            }
        }
        return findings;
    }

    private static String message(AttackCatalog catalog, Ref sub, Technique known, Value technique) {
        String parent = known.parentId().orElseThrow();
        String described = catalog.technique(parent).map(AttackFindings::describe).orElse(parent);
        return sub.id().orElseThrow().path() + ": " + AttackFindings.describe(known) + " is a sub-technique of "
                + described + ", not of " + technique.text() + ", in " + catalog.label()
                + ": list it under technique " + parent;
    }
}
