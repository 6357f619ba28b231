package dev.rulesmith.validator.checks;

import dev.rulesmith.validator.attack.AttackCatalog;
import dev.rulesmith.validator.attack.Technique;
import dev.rulesmith.validator.attack.ThreatEntries.Ref;
import dev.rulesmith.validator.check.RuleCheck;
import dev.rulesmith.validator.check.RuleContext;
import dev.rulesmith.validator.finding.Finding;
import dev.rulesmith.validator.finding.Severity;
import java.util.List;

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
        return AttackFindings.mismatches(context, false, Ref::name, Technique::name).stream()
                .map(m -> finding(context.rule(), m.value().path(), AttackFindings.wrongName(m.value(), m.known().id(),
                        m.known().name(), catalog)))
                .toList();
    }
}
