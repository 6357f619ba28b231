package dev.rulesmith.validator.checks;

import dev.rulesmith.validator.attack.AttackCatalog;
import dev.rulesmith.validator.attack.Tactic;
import dev.rulesmith.validator.attack.ThreatEntries;
import dev.rulesmith.validator.attack.ThreatEntries.Ref;
import dev.rulesmith.validator.attack.ThreatEntries.Threat;
import dev.rulesmith.validator.check.RuleCheck;
import dev.rulesmith.validator.check.RuleContext;
import dev.rulesmith.validator.finding.Finding;
import dev.rulesmith.validator.finding.Severity;
import dev.rulesmith.validator.text.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A threat entry's tactic id is not a tactic of the ATT&CK catalog. */
public final class AttackTacticId implements RuleCheck {

    @Override
    public String id() {
        return "attack-tactic-id";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "A tactic id must exist in the ATT&CK catalog.";
    }

    @Override
    public List<Finding> check(RuleContext context) {
        AttackCatalog catalog = context.reference().attack();
        List<Finding> findings = new ArrayList<>();
        for (Threat threat : ThreatEntries.attack(context.rule())) {
            Optional<Ref> tactic = threat.tactic();
            tactic.flatMap(Ref::id).filter(id -> catalog.tactic(id.text()).isEmpty())
                    .ifPresent(id -> findings.add(finding(context.rule(), id.path(), id + " is not a tactic in "
                            + catalog.label() + suggestion(catalog, tactic.get(), id.text()))));
        }
        return findings;
    }

    private static String suggestion(AttackCatalog catalog, Ref tactic, String id) {
        Optional<Tactic> byName = tactic.name().flatMap(name -> catalog.tacticNamed(name.text()));
        if (byName.isPresent()) {
            return " (did you mean '" + byName.get().id() + "', the id of '" + byName.get().name() + "'?)";
        }
        return Suggestions.didYouMean(id, catalog.tactics().stream().map(Tactic::id).toList());
    }
}
