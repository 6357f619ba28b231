package dev.rulesmith.validator.checks;

import static dev.rulesmith.validator.checks.CheckTester.assertClean;
import static dev.rulesmith.validator.checks.CheckTester.assertFindings;
import static dev.rulesmith.validator.checks.CheckTester.replace;
import static dev.rulesmith.validator.checks.CheckTester.seedRule;

import org.junit.jupiter.api.Test;

class TimestampOverrideTest {

    private final TimestampOverride check = new TimestampOverride();

    @Test
    void reportsAKqlRuleWithoutTheOverride() {
        assertFindings(check, replace(replace(seedRule(), "timestamp_override = \"event.ingested\"\n", ""),
                "language = \"kuery\"", "language = \"kuery\" # expect[timestamp-override]: rule lacks "
                        + "timestamp_override = \"event.ingested\", which every kuery rule that is not an EQL "
                        + "sequence"));
        assertFindings(check, replace(seedRule(), "timestamp_override = \"event.ingested\"",
                "timestamp_override = \"@timestamp\" # expect[timestamp-override]: timestamp_override = '@timestamp'"));
    }

    @Test
    void exemptsSequencesOtherLanguagesAndRulesWithTheOverride() {
        assertClean(check, seedRule());
        String noOverride = "timestamp_override = \"event.ingested\"\n";
        assertClean(check, replace(RepositoryRules.eql("/* comment */ sequence by host.id with maxspan=1m"),
                noOverride, ""));
        assertClean(check, replace(replace(seedRule(), noOverride, ""), "language = \"kuery\"", "language = \"esql\""));
    }
}
