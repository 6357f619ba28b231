package dev.rulesmith.validator.checks;

import static dev.rulesmith.validator.checks.CheckTester.assertClean;
import static dev.rulesmith.validator.checks.CheckTester.assertFindings;
import static dev.rulesmith.validator.checks.CheckTester.seedRule;

import org.junit.jupiter.api.Test;

class EqlFieldTypeTest {

    private final EqlFieldType check = new EqlFieldType();

    /** The seed rule as an EQL rule with {@code query} as its query; {@code marker} lines sit above the query. */
    private static String eqlRule(String marker, String query) {
        String eql = seedRule().replace("language = \"kuery\"", "language = \"eql\"")
                .replace("type = \"query\"", "type = \"eql\"");
        int start = eql.indexOf("query = '''");
        int end = eql.indexOf("'''", start + 11) + 3;
        return eql.substring(0, start) + marker + "\nquery = '''\n" + query + "\n'''" + eql.substring(end);
    }

    @Test
    void aTextFieldWithoutKeywordSubFieldCannotBeCompared() {
        assertFindings(check, eqlRule("# expect(+2)[eql-field-type]: 'message' is a match_only_text field with no"
                + " keyword sub-field for exact matches; Elasticsearch EQL cannot operate on it in [message =="
                + " \"x\"]", "any where message == \"x\""));
    }

    @Test
    void aTextMultiFieldInAPatternPointsAtItsKeywordParent() {
        assertFindings(check, eqlRule("# expect(+2)[eql-field-type]: (did you mean 'process.name'?)",
                "process where process.name.text : \"*cmd*\""));
    }

    @Test
    void aTextFieldInAFunctionOrLookupIsRejected() {
        assertFindings(check, eqlRule("# expect(+3)[eql-field-type]: in [startsWith(error.message, \"a\")]\n"
                + "# expect(+3)[eql-field-type]: in [message in (\"a\", \"b\")]",
                "any where startsWith(error.message, \"a\") and\n  message in (\"a\", \"b\")"));
    }

    @Test
    void aWordComparedWithANumberFieldFailsTheSearch() {
        assertFindings(check, eqlRule("# expect(+2)[eql-field-type]: process.pid: 'abc' is not a number, and the"
                + " field is a long", "process where process.pid == \"abc\""));
    }

    @Test
    void aWildcardMatchOnANumberFieldIsRejected() {
        assertFindings(check, eqlRule("# expect(+2)[eql-field-type]: 'process.pid' is a long field, but `:`"
                + " matches strings only", "process where process.pid : \"12*\""));
    }

    @Test
    void anInListMustHoldValuesOfTheFieldsType() {
        assertFindings(check, eqlRule("# expect(+4)[eql-field-type]: 'process.pid' is a long field, but \"two\" is"
                + " a string\n# expect(+4)[eql-field-type]: 'user.name' is a keyword field, but 5 is a number\n"
                + "# expect(+4)[eql-field-type]: 'source.ip' is an ip field, but \"10.0.0.1\" is a string",
                "process where process.pid in (1, \"two\") and\n  user.name in (\"root\", 5) and\n"
                + "  source.ip in (\"10.0.0.1\")"));
    }

    @Test
    void eachStepOfASequenceIsCheckedAndItsJoinKeysMustMatch() {
        assertFindings(check, eqlRule("# expect(+5)[eql-field-type]: 'message' is a match_only_text field\n"
                + "# expect(+5)[eql-field-type]: join key 'process.name' (keyword) is incompatible with key"
                + " 'process.pid' (long)", "sequence with maxspan=1m\n  [process where process.name == \"a\"]"
                + " by process.pid\n  [any where message : \"b*\"] by process.pid\n  [process where true] by process.name"));
    }

    @Test
    void acceptsWhatElasticsearchAccepts() {
        assertClean(check, eqlRule("", "sequence by host.id with maxspan=1m\n"
                + "  [process where process.pid == 4 and process.name : \"cmd*\" and user.name == 5 and\n"
                + "   process.command_line like~ \"*-enc*\" and source.ip == \"10.0.0.1\" and\n"
                + "   ?message == \"optional fields may be mapped otherwise\" and process.parent.pid in (1, 2.5)]"
                + " by process.pid\n"
                + "  [network where cidrMatch(source.ip, \"10.0.0.0/8\") and event.ingested >= \"2024-01-01\"]"
                + " by process.parent.pid"));
    }

    @Test
    void skipsRulesThatTurnSchemaValidationOff() {
        assertClean(check, eqlRule("", "any where message == \"x\"")
                .replace("maturity = \"production\"", "maturity = \"production\"\nquery_schema_validation = false"));
    }

    @Test
    void acceptsTheSeedRule() {
        assertClean(check, seedRule());
    }
}
