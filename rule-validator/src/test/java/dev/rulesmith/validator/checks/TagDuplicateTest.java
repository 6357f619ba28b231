package dev.rulesmith.validator.checks;

import static dev.rulesmith.validator.checks.CheckTester.assertClean;
import static dev.rulesmith.validator.checks.CheckTester.assertFindings;
import static dev.rulesmith.validator.checks.CheckTester.seedRule;

import org.junit.jupiter.api.Test;

class TagDuplicateTest {

    private final TagDuplicate check = new TagDuplicate();

    @Test
    void reportsATagListedTwice() {
        assertFindings(check, RepositoryRules.withTags("\"Domain: Cloud\", \"Tactic: Persistence\", \"Domain: Cloud\"",
                "# expect[tag-duplicate]: tag 'Domain: Cloud' is listed twice (first at line 36)"));
    }

    @Test
    void acceptsDistinctTags() {
        assertClean(check, seedRule());
    }
}
