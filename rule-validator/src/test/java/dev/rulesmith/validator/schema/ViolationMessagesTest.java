package dev.rulesmith.validator.schema;

import static dev.rulesmith.validator.checks.CheckTester.replace;
import static dev.rulesmith.validator.checks.CheckTester.seedRule;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rulesmith.validator.model.KeyPath;
import dev.rulesmith.validator.model.RuleLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Exact messages, where a fragment match would hide an unwanted suggestion or suffix. */
class ViolationMessagesTest {

    @Test
    void neverSuggestsAKeyThatMustBeAbsent() {
        assertEquals(List.of(new SchemaViolation(KeyPath.parse("rule.versoin"), "rule.versoin: unknown key")),
                violations(replace(seedRule(), "type = \"query\"", "type = \"query\"\nversoin = 2")));
    }

    @Test
    void reportsAnUnknownKeyHoldingADateAsUnknown() {
        assertEquals(List.of(new SchemaViolation(KeyPath.parse("metadata.released"), "metadata.released: unknown key")),
                violations(replace(seedRule(), "maturity = \"production\"",
                        "maturity = \"production\"\nreleased = 2024-04-14")));
    }

    @Test
    void explainsAKeyThatMustBeAbsent() {
        assertEquals(List.of(new SchemaViolation(KeyPath.parse("rule.version"), "rule.version: must not be set: "
                        + "the version lock (version.lock.json) assigns versions (unless bypass_version_lock is configured)")),
                violations(replace(seedRule(), "type = \"query\"", "type = \"query\"\nversion = 2")));
    }

    private static List<SchemaViolation> violations(String toml) {
        return RuleJsonSchema.validate(RuleLoader.parse("rule.toml", toml));
    }
}
