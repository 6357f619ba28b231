package dev.rulesmith.validator.checks;

import static dev.rulesmith.validator.checks.CheckTester.assertClean;
import static dev.rulesmith.validator.checks.CheckTester.assertFindings;
import static dev.rulesmith.validator.checks.CheckTester.replace;
import static dev.rulesmith.validator.checks.CheckTester.seedRule;

import org.junit.jupiter.api.Test;

class TagsForIndexTest {

    private final TagsForIndex check = new TagsForIndex();

    @Test
    void reportsTheMissingTagsOfAnIntegrationIndex() {
        assertFindings(check, replace(seedRule(), "index = [\"filebeat-*\", \"logs-aws.cloudtrail-*\"]",
                "index = [\"logs-okta*\", \"logs-aws*\"] # expect[tags-for-index]: index 'logs-okta*' needs the tags "
                        + "[Data Source: Okta]: add [Data Source: Okta]"));
    }

    @Test
    void acceptsTheRequiredTags() {
        assertClean(check, seedRule());
        assertClean(check, replace(seedRule(), "index = [\"filebeat-*\", \"logs-aws.cloudtrail-*\"]",
                "index = [\"logs-aws*\"]"));
    }
}
