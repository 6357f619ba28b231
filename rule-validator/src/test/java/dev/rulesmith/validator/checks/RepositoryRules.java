package dev.rulesmith.validator.checks;

import static dev.rulesmith.validator.checks.CheckTester.replace;
import static dev.rulesmith.validator.checks.CheckTester.seedRule;

/** Variants of the seed rule that the repository and convention check tests share. */
final class RepositoryRules {

    static final String TAGS = "tags = [\"Domain: Cloud\", \"Data Source: AWS\", \"Data Source: Amazon Web Services\", "
            + "\"Data Source: AWS EC2\", \"Use Case: Network Security Monitoring\", \"Tactic: Persistence\"]";
    static final String QUERY_LINE = "event.dataset:aws.cloudtrail and event.provider:ec2.amazonaws.com and "
            + "event.action:(AuthorizeSecurityGroupEgress or";

    private RepositoryRules() {
    }

    /** The seed rule with another rule_id and name, as a second, distinct rule. */
    static String other(String ruleId, String name) {
        return replace(replace(seedRule(), "rule_id = \"29052c19-ff3e-42fd-8363-7be14d7c5469\"",
                "rule_id = \"" + ruleId + "\""), "name = \"AWS Security Group Configuration Change Detection\"",
                "name = \"" + name + "\"");
    }

    /** The seed rule with its tags replaced (one line). */
    static String withTags(String tags) {
        return withTags(tags, "");
    }

    /** The seed rule with its tags replaced, and an expectation marker after them. */
    static String withTags(String tags, String marker) {
        return replace(seedRule(), TAGS, "tags = [" + tags + "] " + marker);
    }

    /** The seed rule as an EQL rule whose query's first line is {@code firstLine}. */
    static String eql(String firstLine) {
        return replace(replace(replace(seedRule(), "language = \"kuery\"", "language = \"eql\""),
                "type = \"query\"", "type = \"eql\""), QUERY_LINE, firstLine);
    }

    /** The seed rule, deprecated. */
    static String deprecated() {
        return replace(seedRule(), "maturity = \"production\"",
                "maturity = \"deprecated\"\ndeprecation_date = \"2024/04/14\"");
    }
}
