package dev.rulesmith.validator.checks;

import static dev.rulesmith.validator.checks.CheckTester.assertRepository;
import static dev.rulesmith.validator.checks.CheckTester.file;
import static dev.rulesmith.validator.checks.CheckTester.replace;
import static dev.rulesmith.validator.checks.CheckTester.seedRule;

import org.junit.jupiter.api.Test;

class UniqueRuleNameTest {

    private static final String NAME_LINE = "name = \"AWS Security Group Configuration Change Detection\"";

    private final UniqueRuleName check = new UniqueRuleName();

    @Test
    void reportsEveryActiveRuleSharingANameNamingTheOthers() {
        String second = RepositoryRules.other("00000000-0000-4000-8000-000000000000",
                "AWS Security Group Configuration Change Detection");
        assertRepository(check,
                file("rules/a.toml", replace(seedRule(), NAME_LINE, NAME_LINE + " # expect[unique-rule-name]: name "
                        + "'AWS Security Group Configuration Change Detection' is also the name of rule "
                        + "rules/b.toml:28")),
                file("rules/b.toml", replace(second, NAME_LINE, NAME_LINE
                        + " # expect[unique-rule-name]: is also the name of rule rules/a.toml:28")));
    }

    @Test
    void letsAnActiveRuleReuseTheNameOfADeprecatedOne() {
        String deprecated = replace(RepositoryRules.deprecated(), "rule_id = \"29052c19-ff3e-42fd-8363-7be14d7c5469\"",
                "rule_id = \"00000000-0000-4000-8000-000000000000\"");
        assertRepository(check, file("rules/a.toml", seedRule()), file("rules/_deprecated/a.toml", deprecated));
    }
}
