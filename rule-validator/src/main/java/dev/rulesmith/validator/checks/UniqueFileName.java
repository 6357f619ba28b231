package dev.rulesmith.validator.checks;

import dev.rulesmith.validator.check.RepositoryCheck;
import dev.rulesmith.validator.check.RuleContext;
import dev.rulesmith.validator.checks.Duplicates.Keyed;
import dev.rulesmith.validator.finding.Finding;
import dev.rulesmith.validator.finding.Severity;
import dev.rulesmith.validator.model.SourcePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * No two active rules have the same file name in different folders, nor two deprecated rules (detection-rules'
 * test_duplicate_file_names; a rule moved to _deprecated may keep the name of its replacement's file).
 */
public final class UniqueFileName implements RepositoryCheck {

    @Override
    public String id() {
        return "unique-file-name";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "No two active (or two deprecated) rule files may have the same file name.";
    }

    @Override
    public boolean strictOnDeprecatedRules() {
        return true;
    }

    @Override
    public List<Finding> check(List<RuleContext> rules) {
        List<Finding> findings = new ArrayList<>();
        for (boolean deprecated : new boolean[] {false, true}) {
            List<Keyed> keyed = Duplicates.keyed(rules, rule -> RuleFacts.deprecated(rule) == deprecated,
                    rule -> Optional.of(new Keyed(rule, RuleFacts.fileName(rule), SourcePosition.START)));
            Duplicates.report(keyed, (one, others) -> findings.add(finding(one.rule(), one.position(), "file name '"
                    + one.key() + "' is also used by " + String.join(", ", others.stream()
                            .map(o -> o.rule().path()).toList()) + ": rename one of them")));
        }
        return findings;
    }
}
