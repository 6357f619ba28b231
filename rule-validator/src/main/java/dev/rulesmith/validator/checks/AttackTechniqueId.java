package dev.rulesmith.validator.checks;

import dev.rulesmith.validator.attack.AttackCatalog;
import dev.rulesmith.validator.attack.Technique;
import dev.rulesmith.validator.attack.ThreatEntries;
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

/** A technique id is not a technique of the ATT&CK catalog (revoked and deprecated ids are attack-revoked findings). */
public final class AttackTechniqueId implements RuleCheck {

    @Override
    public String id() {
        return "attack-technique-id";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "A technique id must be a technique (not a sub-technique) of the ATT&CK catalog.";
    }

    @Override
    public List<Finding> check(RuleContext context) {
        AttackCatalog catalog = context.reference().attack();
        List<Finding> findings = new ArrayList<>();
        for (Threat threat : ThreatEntries.attack(context.rule())) {
            for (TechniqueEntry entry : threat.techniques()) {
                entry.technique().id().flatMap(id -> problem(catalog, entry, id))
                        .ifPresent(message -> findings.add(finding(context.rule(),
                                entry.technique().id().get().path(), message)));
            }
        }
        return findings;
    }

    private static Optional<String> problem(AttackCatalog catalog, TechniqueEntry entry, Value id) {
        Optional<Technique> known = catalog.technique(id.text());
        if (known.isEmpty()) {
            return Optional.of(id + " is not a technique in " + catalog.label()
                    + AttackFindings.didYouMeanId(catalog, entry.technique(), false, Optional.empty()));
        }
        if (known.get().isSubtechnique()) {
            return Optional.of(id + " is a sub-technique in " + catalog.label() + ": list its parent "
                    + known.get().parentId().orElseThrow() + " as the technique and " + id.text()
                    + " as its subtechnique");
        }
        return Optional.empty();
    }
}
