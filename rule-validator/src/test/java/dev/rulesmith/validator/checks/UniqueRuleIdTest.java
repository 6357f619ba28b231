package dev.rulesmith.validator.checks;

import static dev.rulesmith.validator.checks.CheckTester.assertRepository;
import static dev.rulesmith.validator.checks.CheckTester.file;
import static dev.rulesmith.validator.checks.CheckTester.replace;
import static dev.rulesmith.validator.checks.CheckTester.seedRule;

import org.junit.jupiter.api.Test;

class UniqueRuleIdTest {

    private static final String ID_LINE = "rule_id = \"29052c19-ff3e-42fd-8363-7be14d7c5469\"";

    private final UniqueRuleId check = new UniqueRuleId();

    @Test
    void reportsEveryRuleSharingAnIdNamingTheOthers() {
        String marked = replace(RepositoryRules.other("29052c19-ff3e-42fd-8363-7be14d7c5469", "Other"), ID_LINE,
                ID_LINE + " # expect[unique-rule-id]: rule_id '29052c19-ff3e-42fd-8363-7be14d7c5469' is also the "
                        + "rule_id of rules/a.toml:34");
        assertRepository(check,
                file("rules/a.toml", replace(seedRule(), ID_LINE, ID_LINE
                        + " # expect[unique-rule-id]: is also the rule_id of rules/b.toml:34")),
                file("rules/b.toml", marked));
    }

    @Test
    void reportsADeprecatedRuleReusingAnActiveRulesId() {
        assertRepository(check,
                file("rules/a.toml", replace(seedRule(), ID_LINE, ID_LINE
                        + " # expect[unique-rule-id]: also the rule_id of rules/_deprecated/a.toml:35")),
                file("rules/_deprecated/a.toml", replace(RepositoryRules.deprecated(), ID_LINE, ID_LINE
                        + " # expect[unique-rule-id]: also the rule_id of rules/a.toml:34")));
    }

    @Test
    void acceptsDistinctIds() {
        assertRepository(check, file("rules/a.toml", seedRule()),
                file("rules/b.toml", RepositoryRules.other("00000000-0000-4000-8000-000000000000", "Other")));
    }
}
