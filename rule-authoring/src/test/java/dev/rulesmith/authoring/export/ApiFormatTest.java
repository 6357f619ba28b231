package dev.rulesmith.authoring.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rulesmith.validator.check.RuleContext;
import dev.rulesmith.validator.query.RuleQuery;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiFormatTest {

    private static final ApiFormat FORMAT = ApiFormat.bundled();

    @Test
    void newTermsTakeTheApiShape() {
        String toml = Rules.replace(Rules.seedToml(), "type = \"query\"", "type = \"new_terms\"")
                + "\n[rule.new_terms]\nfield = \"new_terms_fields\"\nvalue = [\"source.ip\"]\n"
                + "[[rule.new_terms.history_window_start]]\nfield = \"history_window_start\"\nvalue = \"now-14d\"\n";
        Map<String, Object> api = FORMAT.of(Rules.context("aws/new_terms.toml", toml));
        assertEquals(List.of("source.ip"), api.get("new_terms_fields"));
        assertEquals("now-14d", api.get("history_window_start"));
        assertFalse(api.containsKey("new_terms"));
    }

    @Test
    void eqlDatasetsAndUnknownFields() {
        String toml = Rules.replace(Rules.replace(Rules.seedToml(), "language = \"kuery\"", "language = \"eql\""),
                "type = \"query\"", "type = \"eql\"");
        toml = toml.substring(0, toml.indexOf("query = '''")) + "query = '''\nany where event.dataset in"
                + " (\"aws.cloudtrail\", \"aws.vpcflow\") and aws.cloudtrail.user_identity.type == \"x\" and acme.score > 3\n'''\n"
                + toml.substring(toml.indexOf("'''\n", toml.indexOf("query = '''") + 11) + 4);
        Map<String, Object> api = FORMAT.of(Rules.context("aws/eql.toml", toml));
        assertEquals(List.of(Map.of("package", "aws", "integration", "cloudtrail", "version", "^5.0.0"),
                Map.of("package", "aws", "integration", "vpcflow", "version", "^5.0.0")),
                api.get("related_integrations"));
        assertEquals(List.of(Map.of("name", "acme.score", "type", "unknown", "ecs", false),
                Map.of("name", "aws.cloudtrail.user_identity.type", "type", "keyword", "ecs", false),
                Map.of("name", "event.dataset", "type", "keyword", "ecs", true)), api.get("required_fields"));
    }

    @Test
    void aPackageWithoutDatasetsIsRelatedWithoutIntegration() {
        String toml = Rules.replace(Rules.seedToml(), "integration = [\"aws\"]", "integration = [\"aws\", \"windows\"]");
        List<?> related = (List<?>) FORMAT.of(Rules.context("aws/w.toml", toml)).get("related_integrations");
        assertEquals(2, related.size());
        assertEquals("windows", ((Map<?, ?>) related.get(0)).get("package"));
        assertFalse(((Map<?, ?>) related.get(0)).containsKey("integration"));
    }

    /** Kibana requires a related integration's {@code version}; cloud_defend has none for stack 9.2 (back in 9.3). */
    @Test
    void aPackageWithNoVersionForTheStackIsLeftOut() {
        String toml = Rules.replace(Rules.seedToml(), "integration = [\"aws\"]",
                "integration = [\"aws\", \"cloud_defend\"]");
        assertEquals(List.of(Map.of("package", "aws", "integration", "cloudtrail", "version", "^5.0.0")),
                FORMAT.of(Rules.context("aws/c.toml", toml)).get("related_integrations"));
    }

    /** detection-rules hashes a deprecated rule as {@code DeprecatedRuleContents}: no build-time fields, no type transforms. */
    @Test
    void aDeprecatedRuleKeepsItsRuleTableAsWritten() {
        String toml = Rules.replace(Rules.seedToml(), "maturity = \"production\"",
                "maturity = \"deprecated\"\ndeprecation_date = \"2024/05/01\"");
        Map<String, Object> api = FORMAT.of(Rules.context("aws/deprecated.toml", toml));
        assertFalse(api.containsKey("related_integrations"));
        assertFalse(api.containsKey("required_fields"));
        assertFalse(api.containsKey("setup"));
        assertTrue(((String) api.get("note")).startsWith("## Setup"));
    }

    /** detection-rules types an ES|QL rule's required fields only against a live Elasticsearch; offline it has none. */
    @Test
    void anEsqlRuleHasNoRequiredFields() {
        String toml = Rules.replace(Rules.replace(Rules.seedToml(), "language = \"kuery\"", "language = \"esql\""),
                "type = \"query\"", "type = \"esql\"");
        toml = toml.substring(0, toml.indexOf("query = '''")) + "query = '''\nfrom logs-aws.cloudtrail-*"
                + " metadata _id, _version, _index\n| where event.action == \"CreateSecurityGroup\"\n| keep event.action\n'''\n"
                + toml.substring(toml.indexOf("'''\n", toml.indexOf("query = '''") + 11) + 4);
        toml = Rules.replace(toml, "index = [\"filebeat-*\", \"logs-aws.cloudtrail-*\"]\n", "");
        RuleContext context = Rules.context("aws/esql.toml", toml);
        assertTrue(context.query() instanceof RuleQuery.Esql, "the query parses as ES|QL");
        assertFalse(FORMAT.of(context).containsKey("required_fields"));
    }

    /** {@code nested_normalize} leaves everything under a {@code query} key as written and strips Python whitespace. */
    @Test
    void whitespaceIsNormalisedAsPythonDoes() {
        String toml = Rules.replace(Rules.seedToml(), "[rule]\n", "[rule]\nfilters = [{meta = {alias = \"  a\\n  b \"},"
                + " query = {match_phrase = {\"event.action\" = \" x\\n y \"}}}]\n"
                + "rule_name_override = \"\\u00a0name\\u00a0\"\n");
        Map<String, Object> api = FORMAT.of(Rules.context("aws/filters.toml", toml));
        assertEquals(List.of(Map.of("meta", Map.of("alias", "a b"),
                "query", Map.of("match_phrase", Map.of("event.action", " x\n y ")))), api.get("filters"));
        assertEquals("name", api.get("rule_name_override"));
    }
}
