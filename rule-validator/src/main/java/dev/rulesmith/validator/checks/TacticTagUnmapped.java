package dev.rulesmith.validator.checks;

import dev.rulesmith.validator.attack.Tactic;
import dev.rulesmith.validator.check.RuleCheck;
import dev.rulesmith.validator.check.RuleContext;
import dev.rulesmith.validator.finding.Finding;
import dev.rulesmith.validator.finding.Severity;
import dev.rulesmith.validator.model.RuleFile;
import java.util.ArrayList;
import java.util.List;
import org.tomlj.TomlArray;

/**
 * A {@code Tactic: <Name>} tag names a tactic of the rule's threat mapping (as written, or the catalog's name of a
 * mapped tactic id, so that a misspelt mapping is left to attack-tactic-name): a tag for an unmapped tactic makes the
 * rule show up under that tactic in Kibana while coverage reports built from the mapping leave it out.
 */
public final class TacticTagUnmapped implements RuleCheck {

    private static final String PREFIX = "Tactic: ";

    @Override
    public String id() {
        return "tactic-tag-unmapped";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String summary() {
        return "A 'Tactic: <Name>' tag must name a tactic of the rule's threat mapping.";
    }

    @Override
    public List<Finding> check(RuleContext context) {
        RuleFile rule = context.rule();
        if (RuleFacts.deprecated(rule)) {
            return List.of();
        }
        List<String> mapped = mappedNames(context);
        List<String> tags = RuleFacts.tags(rule);
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < tags.size(); i++) {
            String tag = tags.get(i);
            if (tag != null && tag.startsWith(PREFIX) && !mapped.contains(tag.substring(PREFIX.length()).trim())) {
                findings.add(finding(rule, RuleFacts.tag(i), "tag '" + tag + "' names a tactic the threat mapping "
                        + "does not have (" + (mapped.isEmpty() ? "no tactics mapped" : "mapped: "
                        + String.join(", ", mapped)) + "): map the tactic in [[rule.threat]] or remove the tag"));
            }
        }
        return findings;
    }

    /** The tactic names as written in the mapping, and the catalog's names of the mapped tactic ids. */
    private static List<String> mappedNames(RuleContext context) {
        List<String> names = new ArrayList<>(RuleFacts.tacticNames(context.rule()));
        int count = context.rule().array("rule.threat").map(TomlArray::size).orElse(0);
        for (int i = 0; i < count; i++) {
            context.rule().string("rule.threat[" + i + "].tactic.id")
                    .flatMap(id -> context.reference().attack().tactic(id))
                    .map(Tactic::name).filter(name -> !names.contains(name)).ifPresent(names::add);
        }
        return names;
    }
}
