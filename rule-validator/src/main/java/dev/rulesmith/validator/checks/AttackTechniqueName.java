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

/** A technique name is not the catalog's name for the technique id. */
public final class AttackTechniqueName implements RuleCheck {

    @Override
    public String id() {
        return "attack-technique-name";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "A technique name must be the exact name the ATT&CK catalog gives its id.";
    }

    @Override
    public List<Finding> check(RuleContext context) {
        AttackCatalog catalog = context.reference().attack();
        List<Finding> findings = new ArrayList<>();
        for (Threat threat : ThreatEntries.attack(context.rule())) {
            for (TechniqueEntry entry : threat.techniques()) {
                Optional<Technique> technique = AttackFindings.resolve(catalog, entry.technique(), false);
                Optional<Value> name = entry.technique().name();
                if (technique.isPresent() && name.isPresent() && !name.get().text().equals(technique.get().name())) {
                    findings.add(finding(context.rule(), name.get().path(), AttackFindings.wrongName(name.get(),
                            technique.get().id(), technique.get().name(), catalog)));
                }
            }
        }
        return findings;
    }
}
