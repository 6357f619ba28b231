package dev.rulesmith.validator.checks;

import dev.rulesmith.validator.attack.AttackCatalog;
import dev.rulesmith.validator.attack.Technique;
import dev.rulesmith.validator.attack.ThreatEntries.Ref;
import dev.rulesmith.validator.check.RuleCheck;
import dev.rulesmith.validator.check.RuleContext;
import dev.rulesmith.validator.finding.Finding;
import dev.rulesmith.validator.finding.Severity;
import java.util.List;

/** A technique reference is not the catalog's URL for the technique id. */
public final class AttackTechniqueReference implements RuleCheck {

    @Override
    public String id() {
        return "attack-technique-reference";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "A technique reference must be the URL the ATT&CK catalog gives its id, e.g. "
                + "https://attack.mitre.org/techniques/T1562/.";
    }

    @Override
    public List<Finding> check(RuleContext context) {
        AttackCatalog catalog = context.reference().attack();
        return AttackFindings.mismatches(context, false, Ref::reference, Technique::url).stream()
                .map(m -> finding(context.rule(), m.value().path(), AttackFindings.wrongReference(m.value(), m.known().id(),
                        m.known().url(), catalog)))
                .toList();
    }
}
