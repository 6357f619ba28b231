package dev.rulesmith.validator.checks;

import static dev.rulesmith.validator.checks.CheckTester.assertClean;
import static dev.rulesmith.validator.checks.CheckTester.assertFindings;
import static dev.rulesmith.validator.checks.CheckTester.replace;
import static dev.rulesmith.validator.checks.CheckTester.seedRule;

import org.junit.jupiter.api.Test;

class EqlMaxspanIntervalTest {

    private final EqlMaxspanInterval check = new EqlMaxspanInterval();

    @Test
    void reportsAnIntervalUnderHalfTheMaxspan() {
        assertFindings(check, RepositoryRules.eql("sequence by host.id with maxspan=30m "
                + "# expect[eql-maxspan-interval]: interval 10m is less than half of maxspan=30m: set interval to at "
                + "least 15m"));
    }

    @Test
    void acceptsHalfTheMaxspanAndShortMaxspans() {
        assertClean(check, RepositoryRules.eql("sequence by host.id with maxspan=20m"));
        assertClean(check, replace(RepositoryRules.eql("sequence by host.id with maxspan=150s"), "interval = \"10m\"",
                "interval = \"1m\""));
        assertClean(check, seedRule());
    }
}
