package dev.rulesmith.validator.checks;

import static dev.rulesmith.validator.checks.CheckTester.assertRepository;
import static dev.rulesmith.validator.checks.CheckTester.file;
import static dev.rulesmith.validator.checks.CheckTester.replace;
import static dev.rulesmith.validator.checks.CheckTester.seedRule;

import org.junit.jupiter.api.Test;

class BuildingBlockFolderTest {

    private static final String BBR = "building_block_type = \"default\"";

    private final BuildingBlockFolder check = new BuildingBlockFolder();

    @Test
    void reportsABuildingBlockOutsideItsFolderAndARuleInIt() {
        assertRepository(check, file("rules/aws/x.toml", replace(seedRule(), "type = \"query\"", "type = \"query\"\n"
                + BBR + " # expect[building-block-folder]: building block rule must be stored in "
                + "rules_building_block/")));
        assertRepository(check, file("rules_building_block/x.toml", replace(seedRule(), "[rule]",
                "[rule] # expect[building-block-folder]: rule in rules_building_block/ is not a building block")));
    }

    @Test
    void acceptsEachInItsFolder() {
        assertRepository(check, file("rules_building_block/x.toml", replace(seedRule(), "type = \"query\"",
                "type = \"query\"\n" + BBR)), file("rules/aws/y.toml", seedRule()));
    }
}
