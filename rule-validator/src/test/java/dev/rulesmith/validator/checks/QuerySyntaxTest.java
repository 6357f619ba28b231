package dev.rulesmith.validator.checks;

import static dev.rulesmith.validator.checks.CheckTester.assertClean;
import static dev.rulesmith.validator.checks.CheckTester.assertFindings;
import static dev.rulesmith.validator.checks.CheckTester.replace;
import static dev.rulesmith.validator.checks.CheckTester.seedRule;

import org.junit.jupiter.api.Test;

class QuerySyntaxTest {

    private final QuerySyntax check = new QuerySyntax();

    @Test
    void reportsAKqlSyntaxErrorAtItsLineInTheRuleFile() {
        assertFindings(check, replace(seedRule(), "query = '''",
                "# expect(+4)[query-syntax]: kuery syntax error: unexpected ':' after a value: missing ')' before it\nquery = '''")
                .replace("RevokeSecurityGroupIngress)", "RevokeSecurityGroupIngress"));
    }

    @Test
    void acceptsTheSeedRule() {
        assertClean(check, seedRule());
    }
}
