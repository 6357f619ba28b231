package dev.rulesmith.validator.checks;

import static dev.rulesmith.validator.checks.CheckTester.assertClean;
import static dev.rulesmith.validator.checks.CheckTester.assertFindings;
import static dev.rulesmith.validator.checks.CheckTester.replace;

import org.junit.jupiter.api.Test;

class EqlMaxspanLookbackTest {

    private final EqlMaxspanLookback check = new EqlMaxspanLookback();

    @Test
    void reportsAMaxspanLongerThanTheLookbackPlusTenMinutes() {
        assertFindings(check, RepositoryRules.eql("sequence by host.id with maxspan=1h "
                + "# expect[eql-maxspan-lookback]: maxspan=1h is longer than the lookback 30m plus 10m: widen 'from' "
                + "to at least now-50m"));
    }

    @Test
    void acceptsAMaxspanWithinTheLookbackAndIgnoresCommentsAndOtherLanguages() {
        assertClean(check, RepositoryRules.eql("sequence by host.id with maxspan=40m"));
        assertClean(check, RepositoryRules.eql("/* with maxspan=5h */ sequence by host.id with maxspan=10m"));
        assertClean(check, replace(RepositoryRules.eql("sequence by host.id with maxspan=1h"), "type = \"eql\"",
                "type = \"query\""));
    }
}
