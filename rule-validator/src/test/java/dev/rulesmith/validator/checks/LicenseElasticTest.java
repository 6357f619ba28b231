package dev.rulesmith.validator.checks;

import static dev.rulesmith.validator.checks.CheckTester.assertClean;
import static dev.rulesmith.validator.checks.CheckTester.assertFindings;
import static dev.rulesmith.validator.checks.CheckTester.replace;
import static dev.rulesmith.validator.checks.CheckTester.seedRule;

import org.junit.jupiter.api.Test;

class LicenseElasticTest {

    private final LicenseElastic check = new LicenseElastic();

    @Test
    void reportsAnyOtherLicence() {
        assertFindings(check, replace(seedRule(), "license = \"Elastic License v2\"",
                "license = \"Elastic Licence v2\" "
                + "# expect[license-elastic]: license 'Elastic Licence v2' must be \"Elastic License v2\""));
    }

    @Test
    void acceptsElasticLicenseV2() {
        assertClean(check, seedRule());
    }
}
