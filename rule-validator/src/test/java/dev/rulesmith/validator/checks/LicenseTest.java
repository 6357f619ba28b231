package dev.rulesmith.validator.checks;

import static dev.rulesmith.validator.checks.CheckTester.assertClean;
import static dev.rulesmith.validator.checks.CheckTester.assertFindings;
import static dev.rulesmith.validator.checks.CheckTester.replace;
import static dev.rulesmith.validator.checks.CheckTester.seedRule;

import org.junit.jupiter.api.Test;

class LicenseTest {

    private final License check = new License();

    @Test
    void reportsAMissingOrEmptyLicence() {
        assertFindings(check, replace(replace(seedRule(), "license = \"Elastic License v2\"\n", ""), "[rule]",
                "[rule] # expect[license]: rule has no license"));
        assertFindings(check, replace(seedRule(), "license = \"Elastic License v2\"",
                "license = \" \" # expect[license]: rule.license is empty"));
    }

    @Test
    void acceptsAnyLicence() {
        assertClean(check, seedRule());
        assertClean(check, replace(seedRule(), "license = \"Elastic License v2\"", "license = \"Apache-2.0\""));
    }
}
