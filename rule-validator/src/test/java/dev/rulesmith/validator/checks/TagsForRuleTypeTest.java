package dev.rulesmith.validator.checks;

import static dev.rulesmith.validator.checks.CheckTester.assertClean;
import static dev.rulesmith.validator.checks.CheckTester.assertFindings;
import static dev.rulesmith.validator.checks.CheckTester.replace;
import static dev.rulesmith.validator.checks.CheckTester.seedRule;

import org.junit.jupiter.api.Test;

class TagsForRuleTypeTest {

    private final TagsForRuleType check = new TagsForRuleType();

    @Test
    void reportsTheMissingRuleTypeAndResourceTags() {
        assertFindings(check, replace(RepositoryRules.withTags("\"Rule Type: ML\"",
                "# expect[tags-for-rule-type]: tags lack 'Rule Type: Machine Learning', which every machine learning"),
                "type = \"query\"", "type = \"machine_learning\""));
        assertFindings(check, replace(RepositoryRules.withTags("\"Domain: Cloud\"",
                "# expect[tags-for-rule-type]: tags lack 'Rule Type: BBR'"), "type = \"query\"",
                "type = \"query\"\nbuilding_block_type = \"default\""));
        assertFindings(check, replace(RepositoryRules.withTags("\"Domain: Cloud\"",
                "# expect[tags-for-rule-type]: tags lack 'Resources: Investigation Guide'"), "note = \"\"\"## Setup",
                "note = \"\"\"### Investigating AWS Security Group Configuration Change Detection\n\n## Setup"));
    }

    @Test
    void acceptsRulesWithTheirTags() {
        assertClean(check, seedRule());
        assertClean(check, replace(RepositoryRules.withTags("\"Rule Type: ML\", \"Rule Type: Machine Learning\""),
                "type = \"query\"", "type = \"machine_learning\""));
    }
}
