package dev.rulesmith.validator.checks;

import static dev.rulesmith.validator.checks.CheckTester.assertClean;
import static dev.rulesmith.validator.checks.CheckTester.assertFindings;
import static dev.rulesmith.validator.checks.CheckTester.replace;
import static dev.rulesmith.validator.checks.CheckTester.seedRule;

import org.junit.jupiter.api.Test;

class RuleSchemaTest {

    private final RuleSchema check = new RuleSchema();

    @Test
    void acceptsTheSeedRule() {
        assertClean(check, seedRule());
    }

    @Test
    void reportsAMisspeltKeyAndTheRequiredKeyItLeavesMissing() {
        assertFindings(check, replace(replace(seedRule(), "risk_score = 21",
                        "risk_scor = 21 # expect[rule-schema]: rule.risk_scor: unknown key (did you mean 'risk_score'?)"),
                "[rule]", "[rule] # expect[rule-schema]: rule.risk_score: required key is missing"));
    }

    @Test
    void reportsATypeSpecificRequiredKeyAgainstItsTable() {
        assertFindings(check, replace(replace(seedRule(), "type = \"query\"", "type = \"threshold\""),
                "[rule]", "[rule] # expect[rule-schema]: rule.threshold: required key is missing for a rule of type 'threshold'"));
    }

    @Test
    void acceptsAThresholdRule() {
        assertClean(check, replace(seedRule(), "type = \"query\"", "type = \"threshold\"") + """

                [rule.threshold]
                field = ["cloud.account.id", "user.name"]
                value = 25

                [[rule.threshold.cardinality]]
                field = "source.ip"
                value = 5
                """);
    }

    @Test
    void acceptsAMachineLearningRuleAndRejectsAQueryInIt() {
        String ml = machineLearning();
        assertClean(check, ml);
        assertFindings(check, replace(ml, "anomaly_threshold = 75",
                "anomaly_threshold = 75\nquery = \"x\" # expect[rule-schema]: rule.query: is not allowed for a rule of type 'machine_learning'"));
    }

    @Test
    void rejectsAnIndexOnAnEsqlRule() {
        String esql = replace(replace(seedRule(), "type = \"query\"", "type = \"esql\""),
                "language = \"kuery\"", "language = \"esql\"");
        assertFindings(check, replace(esql, "index = [",
                "# expect(+1)[rule-schema]: rule.index: is not allowed for an esql rule\nindex = ["));
    }

    @Test
    void rejectsIndexTogetherWithDataViewId() {
        assertFindings(check, replace(seedRule(), "interval = \"10m\"", "interval = \"10m\"\n"
                + "data_view_id = \"security\" # expect[rule-schema]: rule.data_view_id: cannot be set together with index"));
    }

    @Test
    void requiresThreatLanguageWithAThreatQuery() {
        assertFindings(check, replace(seedRule(), "type = \"query\"", """
                type = "threat_match"
                threat_index = ["logs-ti_*"]
                threat_query = "@timestamp >= 'now-30d/d'" # expect[rule-schema]: rule.threat_query: requires threat_language \
                to be set as well""") + """

                [[rule.threat_mapping]]
                [[rule.threat_mapping.entries]]
                field = "source.ip"
                type = "mapping"
                value = "threat.indicator.ip"
                """);
    }

    @Test
    void reportsTheExactPathOfADeepThreatError() {
        assertFindings(check, replace(seedRule(), "reference = \"https://attack.mitre.org/techniques/T1562/\"",
                "reference = \"https://attack.mitre.org/technique/T1562/\" # expect[rule-schema]: "
                        + "rule.threat[1].technique[0].reference: 'https://attack.mitre.org/technique/T1562/' is not "
                        + "a technique URL"));
    }

    @Test
    void requiresADeprecationDateOnlyOnDeprecatedRulesAndTheReasonOnlyThere() {
        assertFindings(check, replace(seedRule(), "maturity = \"production\"", "maturity = \"deprecated\"\n"
                + "deprecated_reason = \"superseded\"").replace("[metadata]",
                "[metadata] # expect[rule-schema]: metadata.deprecation_date: required key is missing"));
        assertFindings(check, replace(seedRule(), "maturity = \"production\"", "maturity = \"production\"\n"
                + "deprecated_reason = \"x\" # expect[rule-schema]: metadata.deprecated_reason: only deprecated rules"));
    }

    @Test
    void requiresFromAndIntervalOnBuildingBlocksUnlessBypassed() {
        String bbr = replace(replace(seedRule(), "interval = \"10m\"\n", ""), "type = \"query\"",
                "type = \"query\"\nbuilding_block_type = \"default\"");
        assertFindings(check, bbr.replace("[rule]", "[rule] # expect[rule-schema]: rule.interval: required key is missing"));
        assertClean(check, replace(bbr, "maturity = \"production\"", "maturity = \"production\"\nbypass_bbr_timing = true"));
    }

    @Test
    void checksTransformEntries() {
        assertFindings(check, seedRule() + """

                [[transform.osquery]]
                label = "Osquery - processes" # expect(-1)[rule-schema]: transform.osquery[0].query: required key is missing
                """);
    }

    @Test
    void collapsesTheBaseAndTypeSpecificErrorsOfOneKeyIntoOne() {
        String eql = replace(seedRule(), "type = \"query\"", "type = \"eql\"");
        assertFindings(check, replace(eql, "language = \"kuery\"", "language = \"kuery\" "
                + "# expect[rule-schema]: rule.language: must be 'eql', not 'kuery' for a rule of type 'eql'"));
        assertFindings(check, replace(eql, "language = \"kuery\"", "language = 5 "
                + "# expect[rule-schema]: rule.language: must be 'eql', not 5 for a rule of type 'eql'"));
    }

    @Test
    void namesTheTomlKindsInTypeErrors() {
        assertFindings(check, replace(seedRule(), "risk_score = 21", "risk_score = \"21\" "
                + "# expect[rule-schema]: rule.risk_score: expected a whole number from 0 to 100, found a string"));
        assertFindings(check, replace(seedRule(), """
                [rule.threat.tactic]
                id = "TA0003"
                name = "Persistence"
                reference = "https://attack.mitre.org/tactics/TA0003/"
                """, "tactic = \"TA0003\" # expect[rule-schema]: rule.threat[0].tactic: expected a table, found a string\n"));
    }

    @Test
    void pointsAKeyOfTheOtherTableToItsTable() {
        assertFindings(check, replace(seedRule(), "type = \"query\"", "type = \"query\"\n"
                + "min_stack_version = \"8.9.0\" # expect[rule-schema]: rule.min_stack_version: unknown key (it belongs in [metadata])"));
    }

    @Test
    void leavesInvalidTomlToTomlSyntax() {
        assertClean(check, replace(seedRule(), "risk_score = 21", "risk_score = = 21\nrisk_scor = 5"));
    }

    private static String machineLearning() {
        String ml = replace(seedRule(), "language = \"kuery\"\n", "");
        ml = replace(ml, "index = [\"filebeat-*\", \"logs-aws.cloudtrail-*\"]\n", "");
        ml = replace(ml, "type = \"query\"", "type = \"machine_learning\"\nanomaly_threshold = 75\n"
                + "machine_learning_job_id = [\"job_a\", \"job_b\"]");
        return ml.replaceFirst("(?s)\\nquery = '''.*?'''\\n", "\n");
    }
}
