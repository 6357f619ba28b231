package dev.rulesmith.validator.checks;

import static dev.rulesmith.validator.checks.CheckTester.assertClean;
import static dev.rulesmith.validator.checks.CheckTester.assertFindings;
import static dev.rulesmith.validator.checks.CheckTester.replace;
import static dev.rulesmith.validator.checks.CheckTester.seedRule;

import org.junit.jupiter.api.Test;

class DeprecationDateTest {

    private final DeprecationDate check = new DeprecationDate();

    @Test
    void reportsAMissingDeprecationDate() {
        assertFindings(check, replace(seedRule(), "maturity = \"production\"", "maturity = \"deprecated\" "
                + "# expect[deprecation-date]: deprecated rule lacks metadata.deprecation_date"));
    }

    @Test
    void reportsADeprecationBeforeTheLastUpdate() {
        assertFindings(check, replace(RepositoryRules.deprecated(), "deprecation_date = \"2024/04/14\"",
                "deprecation_date = \"2024/04/13\" # expect[deprecation-date]: metadata.deprecation_date: 2024/04/13 "
                        + "is before metadata.updated_date 2024/04/14"));
    }

    @Test
    void acceptsADateOnOrAfterTheUpdateAndIgnoresActiveRules() {
        assertClean(check, RepositoryRules.deprecated());
        assertClean(check, replace(RepositoryRules.deprecated(), "deprecation_date = \"2024/04/14\"",
                "deprecation_date = \"2025/01/01\""));
        assertClean(check, seedRule());
    }
}
