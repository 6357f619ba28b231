package dev.rulesmith.validator.checks;

import static dev.rulesmith.validator.checks.CheckTester.assertClean;
import static dev.rulesmith.validator.checks.CheckTester.assertFindings;
import static dev.rulesmith.validator.checks.CheckTester.seedRule;

import org.junit.jupiter.api.Test;

class TagCasingTest {

    private final TagCasing check = new TagCasing();

    @Test
    void reportsAControlledTagInTheWrongCase() {
        assertFindings(check, RepositoryRules.withTags("\"OS: macos\", \"Tactic: Persistence\"",
                "# expect[tag-casing]: tag 'OS: macos' differs only in case from the controlled tag 'OS: macOS'"));
    }

    @Test
    void acceptsControlledAndUncontrolledTags() {
        assertClean(check, seedRule());
        assertClean(check, RepositoryRules.withTags("\"OS: macOS\", \"Team: blue\""));
    }
}
