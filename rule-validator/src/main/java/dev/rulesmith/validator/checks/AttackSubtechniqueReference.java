package dev.rulesmith.validator.checks;

import dev.rulesmith.validator.attack.AttackCatalog;
import dev.rulesmith.validator.attack.Technique;
import dev.rulesmith.validator.attack.ThreatEntries.Ref;
import dev.rulesmith.validator.check.RuleCheck;
import dev.rulesmith.validator.check.RuleContext;
import dev.rulesmith.validator.finding.Finding;
import dev.rulesmith.validator.finding.Severity;
import java.util.List;

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
        return AttackFindings.mismatches(context, true, Ref::reference, Technique::url).stream()
                .map(m -> finding(context.rule(), m.value().path(), AttackFindings.wrongReference(m.value(), m.known().id(),
                        m.known().url(), catalog)))
                .toList();
    }
}
