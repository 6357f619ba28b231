package dev.rulesmith.validator.checks;

import static dev.rulesmith.validator.checks.CheckTester.assertClean;
import static dev.rulesmith.validator.checks.CheckTester.assertFindings;
import static dev.rulesmith.validator.checks.CheckTester.replace;
import static dev.rulesmith.validator.checks.CheckTester.seedRule;

import org.junit.jupiter.api.Test;

class BuildingBlockTimingTest {

    private final BuildingBlockTiming check = new BuildingBlockTiming();

    private static String buildingBlock(String from, String interval) {
        return replace(replace(replace(seedRule(), "type = \"query\"", "type = \"query\"\nbuilding_block_type = "
                + "\"default\""), "from = \"now-30m\"", from), "interval = \"10m\"", interval);
    }

    @Test
    void reportsALookbackOrIntervalThatIsTooShort() {
        assertFindings(check, buildingBlock("from = \"now-30m\" # expect[building-block-timing]: from = 'now-30m': "
                + "a building block rule must look back at least 119 minutes",
                "interval = \"10m\" # expect[building-block-timing]: interval = '10m': a building block rule must run "
                        + "at most hourly"));
    }

    @Test
    void reportsMissingTiming() {
        assertFindings(check, replace(buildingBlock("", "interval = \"60m\""), "building_block_type = \"default\"",
                "building_block_type = \"default\" # expect[building-block-timing]: building block rule needs both "
                        + "'from' and 'interval'"));
    }

    @Test
    void acceptsHourlyRunsOverTwoHoursAndTheBypass() {
        assertClean(check, buildingBlock("from = \"now-119m\"", "interval = \"60m\""));
        assertClean(check, buildingBlock("from = \"now-3h\"", "interval = \"1h\""));
        assertClean(check, replace(buildingBlock("from = \"now-9m\"", "interval = \"5m\""), "maturity = \"production\"",
                "maturity = \"production\"\nbypass_bbr_timing = true"));
        assertClean(check, seedRule());
    }
}
