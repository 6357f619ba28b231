package dev.rulesmith.validator.checks;

import static dev.rulesmith.validator.checks.CheckTester.assertClean;
import static dev.rulesmith.validator.checks.CheckTester.assertFindings;
import static dev.rulesmith.validator.checks.CheckTester.seedRule;

import org.junit.jupiter.api.Test;

class EsqlStructureTest {

    private final EsqlStructure check = new EsqlStructure();

    /** The seed rule as an ES|QL rule (without index) with {@code query}; {@code marker} sits above the query. */
    private static String esqlRule(String marker, String query) {
        String esql = seedRule().replace("language = \"kuery\"", "language = \"esql\"")
                .replace("type = \"query\"", "type = \"esql\"")
                .replace("index = [\"filebeat-*\", \"logs-aws.cloudtrail-*\"]\n", "");
        int start = esql.indexOf("query = '''");
        int end = esql.indexOf("'''", start + 11) + 3;
        return esql.substring(0, start) + marker + "\nquery = '''\n" + query + "\n'''" + esql.substring(end);
    }

    @Test
    void aQueryWithoutStatsMustReadTheMetadataFields() {
        assertFindings(check, esqlRule("# expect(+2)[esql-structure]: (missing _version, _index)",
                "FROM logs-aws.cloudtrail-* METADATA _id\n| WHERE event.action == \"x\"\n| KEEP _*, @timestamp"));
    }

    @Test
    void metadataInACommentOrAStringDoesNotCount() {
        assertFindings(check, esqlRule("# expect(+2)[esql-structure]: (missing _id, _version, _index)",
                "from logs-* // metadata _id, _version, _index\n"
                        + "| where message == \"from x metadata _id, _version, _index\" /* | stats by x */\n"
                        + "| keep *"));
    }

    @Test
    void aKeepMustKeepTheMetadataFields() {
        assertFindings(check, esqlRule("# expect(+4)[esql-structure]: KEEP drops _version, _index",
                "from logs-* metadata _index, _id, _version\n| where true\n| keep `_id`, user.name"));
    }

    @Test
    void aRuleNeedsAKeepAndNoIndex() {
        assertFindings(check, esqlRule("# expect(+2)[esql-structure]: the query has no KEEP command",
                "from logs-* | stats c = count(*) by user.name")
                .replace("interval = \"10m\"", "index = [\"logs-*\"] # expect[esql-structure]: remove `index`\n"
                        + "interval = \"10m\""));
    }

    @Test
    void aNonAggregatingQueryMustStartFromAnIndex() {
        assertFindings(check, esqlRule("# expect(+2)[esql-structure]: `FROM ... METADATA _id, _version, _index`,"
                + " not ROW", "ROW a = 1 | KEEP *"));
    }

    @Test
    void acceptsWellFormedQueries() {
        assertClean(check, esqlRule("", "FROM logs-a-*, \"logs-b-*\" METADATA _version, _index, _id, _ignored\n"
                + "// a comment | with a pipe\n| EVAL x = \"a | b\"\n| KEEP _id, _version, _index, x"));
        assertClean(check, esqlRule("", "from logs-* | stats c = count(*) by host.id | keep host.id, c"));
    }

    @Test
    void ignoresOtherLanguages() {
        assertClean(check, seedRule());
    }
}
