package dev.rulesmith.validator.check;

import dev.rulesmith.validator.finding.Finding;
import dev.rulesmith.validator.finding.Severity;
import dev.rulesmith.validator.model.KeyPath;
import dev.rulesmith.validator.model.RuleFile;
import dev.rulesmith.validator.model.SourcePosition;
import java.util.Set;

/**
 * A check: a stable kebab-case id, a default severity and a one-line summary. Checks are stateless; they return
 * findings and never throw for bad input. Every check is registered in {@link Checks} and documented in
 * {@code checks/<id>.md} beside that class.
 */
public sealed interface Check permits RuleCheck, RepositoryCheck {

    String id();

    Severity defaultSeverity();

    String summary();

    /** False for an opt-in check, which runs only when the configuration enables it by id. */
    default boolean defaultEnabled() {
        return true;
    }

    /**
     * The profiles this check runs in: all of them by default; {@link Profile#ELASTIC_ONLY} for a check that enforces
     * a convention of elastic/detection-rules rather than the rule format.
     */
    default Set<Profile> profiles() {
        return Profile.ALL;
    }

    /**
     * True for checks whose errors stand on deprecated rules ({@code maturity = "deprecated"}) too. detection-rules
     * freezes deprecated rules and does not validate their content, so other checks' errors on them are reported as
     * warnings.
     */
    default boolean strictOnDeprecatedRules() {
        return false;
    }

    /** A finding of this check at a position of a rule file, with the check's default severity. */
    default Finding finding(RuleFile rule, SourcePosition position, String message) {
        return new Finding(rule.path(), position, defaultSeverity(), message, id());
    }

    /** A finding of this check at the key a path names. */
    default Finding finding(RuleFile rule, KeyPath at, String message) {
        return finding(rule, rule.position(at), message);
    }
}
