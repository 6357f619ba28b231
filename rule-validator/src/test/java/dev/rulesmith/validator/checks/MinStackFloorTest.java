package dev.rulesmith.validator.checks;

import static dev.rulesmith.validator.checks.CheckTester.assertClean;
import static dev.rulesmith.validator.checks.CheckTester.assertFindings;
import static dev.rulesmith.validator.checks.CheckTester.replace;
import static dev.rulesmith.validator.checks.CheckTester.seedRule;

import org.junit.jupiter.api.Test;

class MinStackFloorTest {

    private final MinStackFloor check = new MinStackFloor();

    @Test
    void reportsAVersionBelowTheSupportedFloor() {
        assertFindings(check, replace(seedRule(), "min_stack_version = \"8.9.0\"", "min_stack_version = \"8.9.0\" "
                + "# expect[min-stack-floor]: min_stack_version 8.9.0 is below 8.19.0, the oldest stack "
                + "detection-rules "
                + "supports"));
    }

    @Test
    void acceptsTheFloorAndLaterVersionsNumerically() {
        assertClean(check, replace(seedRule(), "min_stack_version = \"8.9.0\"", "min_stack_version = \"8.19.0\""));
        assertClean(check, replace(seedRule(), "min_stack_version = \"8.9.0\"", "min_stack_version = \"9.3.0\""));
        assertClean(check, replace(seedRule(), "min_stack_version = \"8.9.0\"\n", ""));
    }
}
