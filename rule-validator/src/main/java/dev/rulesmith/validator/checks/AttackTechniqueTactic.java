package dev.rulesmith.validator.checks;

import dev.rulesmith.validator.attack.AttackCatalog;
import dev.rulesmith.validator.attack.Tactic;
import dev.rulesmith.validator.attack.Technique;
import dev.rulesmith.validator.attack.ThreatEntries;
import dev.rulesmith.validator.attack.ThreatEntries.TechniqueEntry;
import dev.rulesmith.validator.attack.ThreatEntries.Threat;
import dev.rulesmith.validator.check.RuleCheck;
import dev.rulesmith.validator.check.RuleContext;
import dev.rulesmith.validator.finding.Finding;
import dev.rulesmith.validator.finding.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** A technique is listed under a tactic it does not belong to in the ATT&CK catalog. */
public final class AttackTechniqueTactic implements RuleCheck {

    @Override
    public String id() {
        return "attack-technique-tactic";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "A technique must belong, in the ATT&CK catalog, to the tactic of the threat entry it is listed under.";
    }

    @Override
    public List<Finding> check(RuleContext context) {
        AttackCatalog catalog = context.reference().attack();
        List<Finding> findings = new ArrayList<>();
        for (Threat threat : ThreatEntries.attack(context.rule())) {
            Optional<Tactic> tactic = threat.tactic().flatMap(ref -> AttackFindings.resolve(catalog, ref));
            for (TechniqueEntry entry : threat.techniques()) {
                AttackFindings.resolve(catalog, entry.technique(), false)
                        .filter(technique -> tactic.isPresent()
                                && !technique.tactics().contains(tactic.get().shortname()))
                        .ifPresent(technique -> findings.add(finding(context.rule(),
                                entry.technique().id().orElseThrow().path(),
                                message(catalog, entry, technique, tactic.get()))));
            }
        }
        return findings;
    }

    private static String message(AttackCatalog catalog, TechniqueEntry entry, Technique technique, Tactic tactic) {
        String belongs = technique.tactics().stream()
                .map(shortname -> catalog.tacticByShortname(shortname).map(AttackFindings::describe).orElse(shortname))
                .collect(Collectors.joining(", "));
        return entry.technique().id().orElseThrow().path() + ": " + AttackFindings.describe(technique)
                + " is not a technique of " + AttackFindings.describe(tactic) + " in " + catalog.label()
                + ": it belongs to " + belongs;
    }
}
