package dev.rulesmith.validator.checks;

import static dev.rulesmith.validator.checks.CheckTester.assertRepository;
import static dev.rulesmith.validator.checks.CheckTester.file;
import static dev.rulesmith.validator.checks.CheckTester.replace;
import static dev.rulesmith.validator.checks.CheckTester.seedRule;

import org.junit.jupiter.api.Test;

class UniqueFileNameTest {

    private final UniqueFileName check = new UniqueFileName();

    @Test
    void reportsEveryActiveRuleSharingAFileNameNamingTheOthers() {
        String second = RepositoryRules.other("00000000-0000-4000-8000-000000000000", "Other");
        assertRepository(check,
                file("rules/aws/sg_change.toml", replace(seedRule(), "[metadata]", "[metadata] "
                        + "# expect[unique-file-name]: file name 'sg_change.toml' is also used by "
                        + "rules/linux/sg_change.toml")),
                file("rules/linux/sg_change.toml", replace(second, "[metadata]", "[metadata] "
                        + "# expect[unique-file-name]: is also used by rules/aws/sg_change.toml")));
    }

    @Test
    void letsADeprecatedRuleKeepTheFileNameOfItsReplacement() {
        String deprecated = RepositoryRules.other("00000000-0000-4000-8000-000000000000", "Other")
                .replace("maturity = \"production\"", "maturity = \"deprecated\"");
        assertRepository(check, file("rules/aws/sg_change.toml", seedRule()),
                file("rules/_deprecated/sg_change.toml", deprecated));
    }
}
