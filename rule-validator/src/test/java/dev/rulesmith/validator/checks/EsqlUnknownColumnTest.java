package dev.rulesmith.validator.checks;

import static dev.rulesmith.validator.checks.CheckTester.assertClean;
import static dev.rulesmith.validator.checks.CheckTester.assertFindings;
import static dev.rulesmith.validator.checks.CheckTester.seedRule;

import org.junit.jupiter.api.Test;

class EsqlUnknownColumnTest {

    private final EsqlUnknownColumn check = new EsqlUnknownColumn();

    /** The seed rule as an ES|QL rule with {@code query}; {@code marker} sits above the query. */
    static String esqlRule(String marker, String query) {
        String esql = seedRule().replace("language = \"kuery\"", "language = \"esql\"")
                .replace("type = \"query\"", "type = \"esql\"")
                .replace("index = [\"filebeat-*\", \"logs-aws.cloudtrail-*\"]\n", "");
        int start = esql.indexOf("query = '''");
        int end = esql.indexOf("'''", start + 11) + 3;
        return esql.substring(0, start) + marker + "\nquery = '''\n" + query + "\n'''" + esql.substring(end);
    }

    @Test
    void aColumnIsGoneAfterStats() {
        assertFindings(check, esqlRule("# expect(+4)[esql-unknown-column]: column source.ip is not available here:"
                        + " the STATS at",
                "FROM logs-aws.cloudtrail-*\n| STATS Esql.event_count = count(*) BY user.name\n"
                        + "| WHERE Esql.event_count > 5 AND source.ip IS NOT NULL\n| KEEP user.name, Esql.event_count"));
    }

    @Test
    void aMisspeltComputedColumnIsAnErrorWithDidYouMean() {
        assertFindings(check, esqlRule("# expect(+4)[esql-unknown-column]: unknown column Esql.event_cnt (did you"
                        + " mean 'Esql.event_count'?): no earlier command creates it and no schema defines it",
                "FROM logs-aws.cloudtrail-* METADATA _id, _version, _index\n| EVAL Esql.event_count = 1\n"
                        + "| WHERE Esql.event_cnt > 5\n| KEEP _id, _version, _index, Esql.event_count"));
        assertFindings(check, esqlRule("# expect(+4)[esql-unknown-column]: the STATS at 42:3 keeps only its"
                        + " aggregates and BY groups (did you mean 'Esql.event_count'?)",
                "FROM logs-aws.cloudtrail-*\n| STATS Esql.event_count = count(*) BY user.name\n"
                        + "| WHERE Esql.event_cnt > 5\n| KEEP user.name, Esql.event_count"));
    }

    @Test
    void keepDropAndRenameRemoveColumns() {
        assertFindings(check, esqlRule("# expect(+6)[esql-unknown-column]: column source.ip is not available here:"
                        + " the KEEP at 44:3 does not keep it\n# expect(+8)[esql-unknown-column]: column x is not"
                        + " available here: the DROP at 47:3 removes it\n# expect(+9)[esql-unknown-column]: column"
                        + " user.name is not available here: the RENAME at 49:3 renames it to Esql.user",
                "FROM logs-aws.cloudtrail-* METADATA _id, _version, _index\n| KEEP _*, user.*, event.action\n"
                        + "| WHERE source.ip IS NOT NULL\n| EVAL x = 1\n| DROP x\n| EVAL y = x + 1\n"
                        + "| RENAME user.name AS Esql.user\n| WHERE user.name == \"root\""));
    }

    @Test
    void aMetadataFieldNeedsTheMetadataClause() {
        assertFindings(check, esqlRule("# expect(+4)[esql-unknown-column]: add `METADATA _index` to FROM",
                "FROM logs-aws.cloudtrail-* METADATA _id\n"
                        + "| WHERE event.action == \"x\"\n| KEEP _id, _index"));
    }

    @Test
    void columnsFromEvalDissectGrokRenameAndInlineStatsResolve() {
        assertClean(check, esqlRule("", "FROM logs-aws.cloudtrail-* METADATA _id, _version, _index\n"
                + "| EVAL Esql.a = to_lower(user.name), Esql.b = Esql.a\n"
                + "| DISSECT event.original \"%{Esql.first} %{+Esql.first} %{?skipped} %{Esql.last->}\"\n"
                + "| GROK Esql.last \"%{IP:Esql.ip} (?<Esql.word>[a-z]+) %{NUMBER:Esql.n:int}\"\n"
                + "| RENAME Esql.b AS Esql.c\n| INLINE STATS Esql.total = count(*) BY Esql.c\n"
                + "| WHERE Esql.first IS NOT NULL AND Esql.ip IS NOT NULL AND Esql.word != \"\" AND Esql.n > 0\n"
                + "  AND Esql.c != \"\" AND Esql.total > 1 AND source.ip IS NOT NULL\n"
                + "| KEEP _id, _version, _index, Esql.*"));
    }

    @Test
    void namesAfterAnUnmodelledCommandAreNotReported() {
        assertClean(check, esqlRule("", "FROM logs-aws.cloudtrail-* METADATA _id, _version, _index\n"
                + "| ENRICH hosts ON host.name WITH Esql.owner = owner\n| WHERE Esql.owner != \"\"\n"
                + "| KEEP _id, _version, _index, Esql.owner"));
    }

    @Test
    void ignoresOtherLanguages() {
        assertClean(check, seedRule());
    }
}
