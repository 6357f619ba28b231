package dev.rulesmith.validator.checks;

import static dev.rulesmith.validator.checks.CheckTester.assertClean;
import static dev.rulesmith.validator.checks.CheckTester.assertFindings;
import static dev.rulesmith.validator.checks.CheckTester.seedRule;

import org.junit.jupiter.api.Test;

class TagPrefixTest {

    private final TagPrefix check = new TagPrefix();

    @Test
    void reportsATagWithoutAKnownPrefixSuggestingTheControlledTag() {
        assertFindings(check, RepositoryRules.withTags("\"Domain: Cloud\", \"Windows\", \"Tactic: Persistence\"",
                "# expect[tag-prefix]: tag 'Windows' has no known prefix; Elastic tags are 'Prefix: Value'"));
        assertFindings(check, RepositoryRules.withTags("\"Windows\"",
                "# expect[tag-prefix]: (did you mean 'OS: Windows'?)"));
        assertFindings(check, RepositoryRules.withTags("\"Usecase: Threat Detection\"",
                "# expect[tag-prefix]: (did you mean 'Use Case'?)"));
    }

    @Test
    void acceptsPrefixedTags() {
        assertClean(check, seedRule());
    }
}
