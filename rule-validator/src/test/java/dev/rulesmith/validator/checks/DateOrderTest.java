package dev.rulesmith.validator.checks;

import static dev.rulesmith.validator.checks.CheckTester.assertClean;
import static dev.rulesmith.validator.checks.CheckTester.assertFindings;
import static dev.rulesmith.validator.checks.CheckTester.replace;
import static dev.rulesmith.validator.checks.CheckTester.seedRule;

import org.junit.jupiter.api.Test;

class DateOrderTest {

    private final DateOrder check = new DateOrder();

    @Test
    void reportsAnUpdateBeforeTheCreation() {
        assertFindings(check, replace(seedRule(), "updated_date = \"2024/04/14\"", "updated_date = \"2021/05/04\" "
                + "# expect[date-order]: metadata.updated_date: 2021/05/04 is before metadata.creation_date 2021/05/05"));
    }

    @Test
    void acceptsAnUpdateOnOrAfterTheCreation() {
        assertClean(check, seedRule());
        assertClean(check, replace(seedRule(), "updated_date = \"2024/04/14\"", "updated_date = \"2021/05/05\""));
    }

    @Test
    void leavesMalformedDatesToTheSchema() {
        assertClean(check, replace(seedRule(), "updated_date = \"2024/04/14\"", "updated_date = \"2020-01-01\""));
    }
}
