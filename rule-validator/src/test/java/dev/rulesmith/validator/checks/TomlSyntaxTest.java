package dev.rulesmith.validator.checks;

import static dev.rulesmith.validator.checks.CheckTester.assertClean;
import static dev.rulesmith.validator.checks.CheckTester.assertFindings;
import static dev.rulesmith.validator.checks.CheckTester.replace;
import static dev.rulesmith.validator.checks.CheckTester.seedRule;

import org.junit.jupiter.api.Test;

class TomlSyntaxTest {

    private final TomlSyntax check = new TomlSyntax();

    @Test
    void reportsInvalidTomlAtItsLine() {
        assertFindings(check, replace(seedRule(), "risk_score = 21", "risk_score = = 21 # expect[toml-syntax]: invalid TOML"));
    }

    @Test
    void acceptsTheSeedRule() {
        assertClean(check, seedRule());
    }
}
