package dev.rulesmith.validator.checks;

import static dev.rulesmith.validator.checks.CheckTester.assertClean;
import static dev.rulesmith.validator.checks.CheckTester.assertFindings;
import static dev.rulesmith.validator.checks.CheckTester.seedRule;
import static dev.rulesmith.validator.checks.EsqlUnknownColumnTest.esqlRule;

import org.junit.jupiter.api.Test;

class EsqlFieldTypeTest {

    private final EsqlFieldType check = new EsqlFieldType();

    @Test
    void aNumberFieldComparedWithAStringIsAnError() {
        assertFindings(check, esqlRule("# expect(+3)[esql-field-type]: source.port is a long field, but it is"
                + " compared with the string \"443\"", "FROM logs-aws.cloudtrail-* METADATA _id, _version, _index\n"
                + "| WHERE source.port == \"443\"\n| KEEP _id, _version, _index"));
    }

    @Test
    void aKeywordFieldComparedWithANumberIsAnError() {
        assertFindings(check, esqlRule("# expect(+3)[esql-field-type]: event.action is a keyword field, but it is"
                + " compared with the number 4624", "FROM logs-aws.cloudtrail-* METADATA _id, _version, _index\n"
                + "| WHERE event.action IN (\"x\", 4624)\n| KEEP _id, _version, _index"));
    }

    @Test
    void anIpFieldTakesOnlyIpStringsAndLikeOnlyStringFields() {
        assertFindings(check, esqlRule("# expect(+4)[esql-field-type]: \"10.0.0.0/8\" is not an IP address; use"
                + " CIDR_MATCH\n# expect(+4)[esql-field-type]: source.ip is an ip field; LIKE matches only strings",
                "FROM logs-aws.cloudtrail-* METADATA _id, _version, _index\n"
                        + "| WHERE source.ip != \"10.0.0.0/8\"\n| WHERE source.ip LIKE \"10.*\"\n"
                        + "| KEEP _id, _version, _index"));
        assertFindings(check, esqlRule("# expect(+3)[esql-field-type]: \"yes\" is not a boolean",
                "FROM logs-aws.cloudtrail-* METADATA _id, _version, _index\n"
                        + "| WHERE aws.cloudtrail.read_only == \"yes\"\n| KEEP _id, _version, _index"));
    }

    @Test
    void acceptsMatchingTypesConvertedStringsAndComputedColumns() {
        assertClean(check, esqlRule("", "FROM logs-aws.cloudtrail-* METADATA _id, _version, _index\n"
                + "| EVAL source.port = to_string(source.port)\n"
                + "| WHERE source.port == \"443\" AND source.ip == \"10.0.0.1\" AND source.ip != \"::1\"\n"
                + "  AND event.action LIKE \"Create*\" AND event.action IN (\"a\", \"b\")\n"
                + "  AND aws.cloudtrail.read_only == \"false\" AND 80 < destination.port\n"
                + "| STATS c = count(*) BY event.action\n| WHERE c > 1\n| KEEP event.action, c"));
    }

    @Test
    void ignoresOtherLanguages() {
        assertClean(check, seedRule());
    }
}
