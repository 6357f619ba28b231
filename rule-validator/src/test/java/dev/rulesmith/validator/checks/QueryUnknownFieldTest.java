package dev.rulesmith.validator.checks;

import static dev.rulesmith.validator.checks.CheckTester.assertClean;
import static dev.rulesmith.validator.checks.CheckTester.assertFindings;
import static dev.rulesmith.validator.checks.CheckTester.replace;
import static dev.rulesmith.validator.checks.CheckTester.seedRule;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rulesmith.validator.fields.FieldSchemas;
import dev.rulesmith.validator.fields.FieldView;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryUnknownFieldTest {

    private final QueryUnknownField check = new QueryUnknownField();

    @Test
    void aMisspeltEcsFieldIsAnErrorWithDidYouMean() {
        assertFindings(check, replace(seedRule(), "query = '''",
                "# expect(+4)[query-unknown-field]: unknown field 'event.outcom' (did you mean 'event.outcome'?)\n"
                        + "query = '''").replace("and event.outcome:success", "and event.outcom:success"));
    }

    @Test
    void aMisspeltCloudTrailFieldIsAnError() {
        assertFindings(check, replace(seedRule(), "query = '''",
                "# expect(+2)[query-unknown-field]: unknown field 'aws.cloudtrail.user_identiti.arn'\n"
                        + "query = '''").replace("event.dataset:aws.cloudtrail and",
                "event.dataset:aws.cloudtrail and aws.cloudtrail.user_identiti.arn:* and"));
    }

    @Test
    void aFieldOfAnIntegrationWithoutASchemaIsOnlyAWarning() {
        String rule = replace(seedRule(), "integration = [\"aws\"]", "integration = [\"aws\", \"acme\"]")
                .replace("index = [\"filebeat-*\", \"logs-aws.cloudtrail-*\"]", "index = [\"logs-acme.audit-*\"]");
        assertFindings(check, replace(rule, "query = '''",
                "# expect(+2)[query-unknown-field]: no schema is loaded for integration(s) [acme]\n"
                        + "query = '''").replace("event.dataset:aws.cloudtrail and",
                "event.dataset:aws.cloudtrail and event.acme_score:* and"));
    }

    @Test
    void aNameUnderAKeywordFieldIsCertainlyUnknownOnlyAsANearMiss() {
        FieldView endpoint = FieldSchemas.bundled().view(List.of("endpoint"), List.of("logs-endpoint.events.*"));
        assertTrue(endpoint.complete());
        assertTrue(endpoint.typeOf("process.name.caseless").isPresent());
        assertTrue(endpoint.certainlyUnknown("process.nmae"));
        assertTrue(endpoint.certainlyUnknown("process.name.caselss"), "near miss of process.name.caseless");
        assertFalse(endpoint.certainlyUnknown("process.name.ngram_index"), "may be a multi-field the schema omits");
    }

    @Test
    void queriesWithSchemaValidationOffAreNotChecked() {
        String rule = replace(seedRule(), "maturity = \"production\"",
                "maturity = \"production\"\nquery_schema_validation = false");
        assertClean(check, rule.replace("and event.outcome:success", "and event.outcom:success"));
    }

    @Test
    void aMisspeltFieldInAnEqlQueryIsAnErrorButOptionalFieldsAreTolerated() {
        String eql = seedRule().replace("language = \"kuery\"", "language = \"eql\"")
                .replace("type = \"query\"", "type = \"eql\"");
        int start = eql.indexOf("query = '''");
        int end = eql.indexOf("'''", start + 11) + 3;
        String rule = eql.substring(0, start) + "# expect(+2)[query-unknown-field]: unknown field 'event.actoin'"
                + " (did you mean 'event.action'?)\nquery = '''\nany where event.dataset == \"aws.cloudtrail\" and"
                + " event.actoin == \"CreateSecurityGroup\" and ?event.acme_flag == true\n'''" + eql.substring(end);
        assertFindings(check, rule);
    }

    @Test
    void aMisspeltIndexFieldInAnEsqlQueryIsAnErrorButComputedColumnsAreNotFields() {
        assertFindings(check, EsqlUnknownColumnTest.esqlRule("# expect(+4)[query-unknown-field]: unknown field"
                        + " 'event.actoin' (did you mean 'event.action'?)",
                "FROM logs-aws.cloudtrail-* METADATA _id, _version, _index\n| EVAL Esql.n = length(user.name)\n"
                        + "| WHERE event.actoin == \"x\" AND Esql.n > 3 AND _id != \"\"\n| KEEP _id, _version, _index"));
    }

    @Test
    void acceptsTheSeedRule() {
        assertClean(check, seedRule());
    }
}
