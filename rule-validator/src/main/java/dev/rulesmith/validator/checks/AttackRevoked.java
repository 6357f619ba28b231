package dev.rulesmith.validator.checks;

import dev.rulesmith.validator.attack.AttackCatalog;
import dev.rulesmith.validator.attack.Technique;
import dev.rulesmith.validator.attack.ThreatEntries;
import dev.rulesmith.validator.attack.ThreatEntries.Ref;
import dev.rulesmith.validator.attack.ThreatEntries.TechniqueEntry;
import dev.rulesmith.validator.attack.ThreatEntries.Threat;
import dev.rulesmith.validator.check.RuleCheck;
import dev.rulesmith.validator.check.RuleContext;
import dev.rulesmith.validator.finding.Finding;
import dev.rulesmith.validator.finding.Severity;
import dev.rulesmith.validator.model.RuleFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A technique or sub-technique id is revoked or deprecated in the ATT&CK catalog; a revoked sub-technique is a
 * warning.
 */
public final class AttackRevoked implements RuleCheck {

    @Override
    public String id() {
        return "attack-revoked";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "A mapping must not use a revoked or deprecated ATT&CK id; revoked ids name their replacement.";
    }

    @Override
    public List<Finding> check(RuleContext context) {
        AttackCatalog catalog = context.reference().attack();
        List<Finding> findings = new ArrayList<>();
        for (Threat threat : ThreatEntries.attack(context.rule())) {
            for (TechniqueEntry entry : threat.techniques()) {
                outdated(context.rule(), catalog, entry.technique()).ifPresent(findings::add);
                for (Ref sub : entry.subtechniques()) {
                    outdated(context.rule(), catalog, sub).ifPresent(findings::add);
                }
            }
        }
        return findings;
    }

    private Optional<Finding> outdated(RuleFile rule, AttackCatalog catalog, Ref ref) {
        return ref.id().flatMap(id -> catalog.technique(id.text()).filter(t -> !t.isCurrent()).map(technique -> {
            String what = id.path() + ": " + AttackFindings.describe(technique);
            if (!technique.revoked()) {
                return finding(rule, id.path(), what + " is deprecated in " + catalog.label()
                        + " and has no replacement: remove it or map a current technique");
            }
            String replacement = catalog.replacement(technique.id())
                    .map(r -> ": use " + AttackFindings.describe(r) + " instead")
                    .orElse(" and has no current replacement: remove it");
            Finding finding = finding(rule, id.path(), what + " is revoked in " + catalog.label() + replacement);
            return technique.isSubtechnique() ? finding.withSeverity(Severity.WARNING) : finding;
        }));
    }
}
