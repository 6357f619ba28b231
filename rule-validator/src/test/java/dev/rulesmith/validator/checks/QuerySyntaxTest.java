package dev.rulesmith.validator.checks;

import static dev.rulesmith.validator.checks.CheckTester.assertClean;
import static dev.rulesmith.validator.checks.CheckTester.assertFindings;
import static dev.rulesmith.validator.checks.CheckTester.replace;
import static dev.rulesmith.validator.checks.CheckTester.seedRule;

import org.junit.jupiter.api.Test;

class QuerySyntaxTest {

    private static final String EQL_RULE = """
            [metadata]
            creation_date = "2026/01/05"
            integration = ["endpoint"]
            maturity = "production"
            updated_date = "2026/01/05"

            [rule]
            author = ["Rulesmith"]
            description = "Identifies a shell started by a web server process, a sign of a web shell."
            from = "now-9m"
            index = ["logs-endpoint.events.process-*"]
            language = "eql"
            license = "Elastic License v2"
            name = "Shell Started by a Web Server"
            risk_score = 47
            rule_id = "5b0ee4d2-4f3c-4a3e-9d1b-0c2f1f7f3a11"
            severity = "medium"
            tags = ["Domain: Endpoint", "OS: Linux", "Tactic: Persistence"]
            timestamp_override = "event.ingested"
            type = "eql"

            query = '''
            process where host.os.type == "linux" and event.type == "start" and
              process.parent.name in ("apache2", "nginx", "httpd") and
              process.name in ("bash", "sh", "dash")
            '''
            """;

    private final QuerySyntax check = new QuerySyntax();

    @Test
    void reportsAKqlSyntaxErrorAtItsLineInTheRuleFile() {
        assertFindings(check, replace(seedRule(), "query = '''",
                "# expect(+4)[query-syntax]: kuery syntax error: unexpected ':' after a value: missing ')' before it\nquery = '''")
                .replace("RevokeSecurityGroupIngress)", "RevokeSecurityGroupIngress"));
    }

    @Test
    void reportsAnEqlSyntaxErrorAtItsLineInTheRuleFile() {
        assertFindings(check, replace(EQL_RULE, "query = '''",
                "# expect(+4)[query-syntax]: eql syntax error: pipe 'unique' is not supported by Elasticsearch EQL"
                        + "\nquery = '''")
                .replace("\"dash\")", "\"dash\") | unique process.name"));
    }

    @Test
    void parsesEqlByRuleTypeWhenTheLanguageIsNotGiven() {
        assertFindings(check, replace(EQL_RULE, "query = '''",
                "# expect(+2)[query-syntax]: eql syntax error: process relationship 'descendant of'\nquery = '''")
                .replace("language = \"eql\"\n", "")
                .replace("process where host", "process where descendant of [any where true] and host"));
    }

    @Test
    void reportsAnEsqlSyntaxErrorAtItsLineInTheRuleFile() {
        assertFindings(check, EsqlUnknownColumnTest.esqlRule("# expect(+3)[query-syntax]: esql syntax error: unknown"
                + " command 'WHER' (did you mean 'WHERE'?)", "FROM logs-* METADATA _id, _version, _index\n"
                + "| WHER event.action == \"x\"\n| KEEP _id, _version, _index"));
    }

    @Test
    void acceptsEsqlCommandsItDoesNotModel() {
        assertClean(check, EsqlUnknownColumnTest.esqlRule("", "FROM logs-* METADATA _id, _version, _index\n"
                + "| LOOKUP JOIN threats ON source.ip\n| COMPLETION r = prompt WITH {\"inference_id\": \"x\"}\n"
                + "| KEEP _id, _version, _index, r"));
    }

    @Test
    void acceptsAValidEqlRule() {
        assertClean(check, EQL_RULE);
    }

    @Test
    void acceptsTheSeedRule() {
        assertClean(check, seedRule());
    }
}
