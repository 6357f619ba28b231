package dev.rulesmith.validator.checks;

import static dev.rulesmith.validator.checks.CheckTester.assertClean;
import static dev.rulesmith.validator.checks.CheckTester.assertFindings;
import static dev.rulesmith.validator.checks.CheckTester.replace;
import static dev.rulesmith.validator.checks.CheckTester.seedRule;

import org.junit.jupiter.api.Test;

class QueryFieldTypeTest {

    private final QueryFieldType check = new QueryFieldType();

    private static String withQueryLine(String marker, String clause) {
        return replace(seedRule(), "query = '''", marker + "\nquery = '''")
                .replace("event.dataset:aws.cloudtrail and", "event.dataset:aws.cloudtrail and " + clause + " and");
    }

    @Test
    void aWordOnANumberFieldIsRejected() {
        assertFindings(check, withQueryLine("# expect(+2)[query-field-type]: source.port: 'https' is not a number,"
                + " and the field is a long (Elasticsearch rejects the query)", "source.port:https"));
    }

    @Test
    void aBadRangeBoundOnADateFieldIsRejected() {
        assertFindings(check, withQueryLine("# expect(+2)[query-field-type]: event.ingested: 'yesterday' is not a"
                + " date", "event.ingested >= yesterday"));
    }

    @Test
    void nestedSyntaxOnAKeywordFieldIsRejected() {
        assertFindings(check, withQueryLine("# expect(+2)[query-field-type]: event.action: nested syntax on a"
                + " keyword field", "event.action:{ name:x }"));
    }

    @Test
    void aWildcardSpanningWordsOnATextFieldIsAWarning() {
        assertFindings(check, withQueryLine("# expect(+2)[query-field-type]: user_agent.original.text: the wildcard"
                + " '*aws cli*' spans words", "user_agent.original.text:*aws cli*"));
    }

    @Test
    void valuesThatSuitTheirTypesAreAccepted() {
        assertClean(check, withQueryLine("", "source.port >= 1024 and source.ip:10.0.0.0/8 and"
                + " event.ingested >= now-1d and aws.cloudtrail.read_only:false"));
    }

    @Test
    void acceptsTheSeedRule() {
        assertClean(check, seedRule());
    }
}
