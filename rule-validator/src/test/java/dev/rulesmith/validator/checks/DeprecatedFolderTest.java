package dev.rulesmith.validator.checks;

import static dev.rulesmith.validator.checks.CheckTester.assertRepository;
import static dev.rulesmith.validator.checks.CheckTester.file;
import static dev.rulesmith.validator.checks.CheckTester.replace;
import static dev.rulesmith.validator.checks.CheckTester.seedRule;

import org.junit.jupiter.api.Test;

class DeprecatedFolderTest {

    private final DeprecatedFolder check = new DeprecatedFolder();

    @Test
    void reportsADeprecatedRuleOutsideADeprecatedFolder() {
        assertRepository(check, file("rules/aws/sg_change.toml", replace(RepositoryRules.deprecated(),
                "maturity = \"deprecated\"", "maturity = \"deprecated\" # expect[deprecated-folder]: deprecated rule "
                        + "must be stored in a _deprecated folder: move it to rules/_deprecated/sg_change.toml")));
        assertRepository(check, file("rules_building_block/sg_change.toml", replace(RepositoryRules.deprecated(),
                "maturity = \"deprecated\"", "maturity = \"deprecated\" # expect[deprecated-folder]: deprecated rule "
                        + "is in rules_building_block")));
    }

    @Test
    void reportsAnActiveRuleInADeprecatedFolder() {
        assertRepository(check, file("rules/_deprecated/sg_change.toml", replace(seedRule(),
                "maturity = \"production\"", "maturity = \"production\" # expect[deprecated-folder]: rule is in a "
                        + "_deprecated folder but metadata.maturity is 'production'")));
    }

    @Test
    void acceptsEachInItsPlace() {
        assertRepository(check, file("rules/_deprecated/sg_change.toml", RepositoryRules.deprecated()),
                file("rules/aws/sg_change.toml", seedRule()));
    }
}
