package dev.rulesmith.authoring.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The seed rule in the API's shape, field by field, against {@code seed-rule-api.json}. That file was checked field by
 * field (name, JSON type, allowed values) against the request body of Kibana's "Create a detection rule" API
 * ({@code POST /api/detection_engine/rules}, https://elastic.co/docs/api/doc/kibana/operation/operation-createrule),
 * read from the schemas it is generated from (elastic/kibana, security_solution
 * {@code common/api/detection_engine/model/rule_schema/}): {@code rule_schemas.schema.yaml} sections
 * {@code BaseRequiredFields} (name, description, risk_score 0-100, severity low/medium/high/critical),
 * {@code BaseOptionalFields} (license, note, timestamp_override), {@code BaseDefaultableFields} (author,
 * false_positives, from, interval, references, tags, threat, setup, related_integrations, required_fields, version),
 * {@code SharedCreateProps} (rule_id), {@code QueryRuleRequiredFields} / {@code QueryRuleOptionalFields} /
 * {@code QueryRuleDefaultableFields} (type "query", index, query, language kuery/lucene); and
 * {@code common_attributes.schema.yaml} sections {@code Threat}, {@code ThreatTactic}, {@code ThreatTechnique},
 * {@code ThreatSubtechnique} (framework and tactic required, technique and subtechnique optional arrays, id, name and
 * reference required strings), {@code RelatedIntegration} (package and version required non-empty strings, version
 * semver-compatible such as "^5.0.0", integration optional), {@code RequiredFieldInput} (name, type) and
 * {@code SetupGuide} / {@code InvestigationGuide} (plain strings, so the empty note left after the setup is split off
 * is valid). Also against the 8.x page rules-api-create.html (elastic/security-docs
 * {@code docs/detections/api/rules/rules-api-create.asciidoc}: "Required fields for all rule types", "Optional fields
 * for all rule types", "Optional fields for query, indicator match, threshold, and new terms rules", "{@code threat}
 * schema"), and against detection-rules' {@code rule.py} ({@code to_api_format}, {@code _post_dict_conversion},
 * {@code _convert_add_related_integrations}, {@code _convert_add_required_fields}, {@code _convert_add_setup}), which
 * builds the same set of fields. {@code ecs} in {@code required_fields} is what detection-rules exports but not part of
 * {@code RequiredFieldInput} (Kibana computes it): the create and import schemas accept and drop it (Kibana's
 * {@code rule_to_import.ts} reads required_fields as {@code RequiredFieldInput} so that exports with or without it
 * import). {@code version} (integer, at least 1) is added by {@link KibanaExport} from the lock, not here.
 * {@link DocumentedFieldsTest} checks every exported field name against the same schema sections.
 */
class ApiFormatSeedTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void seedRuleMatchesTheDocumentedApiShapeFieldByField() throws IOException {
        JsonNode expected = expected();
        JsonNode actual = MAPPER.readTree(MAPPER.writeValueAsString(ApiFormat.bundled().of(Rules.seed())));
        assertEquals(names(expected), names(actual), "field names");
        for (String field : names(expected)) {
            assertEquals(expected.get(field), actual.get(field), field);
        }
    }

    @Test
    void metadataAndVersionAreLeftOut() {
        Map<String, Object> api = ApiFormat.bundled().of(Rules.seed());
        assertFalse(api.containsKey("metadata"));
        assertFalse(api.containsKey("version"));
        assertFalse(api.containsKey("creation_date"));
    }

    /**
     * Our hash of the seed rule. Python's {@code json.dumps(sort_keys=True)} over our API dict, Base64, SHA-256 (the
     * code of detection-rules' {@code utils.dict_hash}) gives the same value; whether detection-rules' own
     * {@code to_api_format} builds the same dict for this rule is not verified here (it needs detection-rules run).
     */
    @Test
    void seedRuleHashIsPinned() {
        assertEquals("db1707e4e53a2a6aa7456188b643fc01027a0f6226bc4b69360c3ec11b6fc7dd",
                RuleHash.of(ApiFormat.bundled().of(Rules.seed())));
    }

    @Test
    void hashIgnoresVersionAndRelatedIntegrationsButNotRequiredFields() {
        Map<String, Object> api = ApiFormat.bundled().of(Rules.seed());
        String hash = RuleHash.of(api);
        api.put("version", 7);
        api.remove("related_integrations");
        assertEquals(hash, RuleHash.of(api));
        api.remove("required_fields");
        assertTrue(!hash.equals(RuleHash.of(api)));
    }

    private static Set<String> names(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static JsonNode expected() throws IOException {
        try (InputStream in = ApiFormatSeedTest.class.getResourceAsStream("seed-rule-api.json")) {
            return MAPPER.readTree(in);
        }
    }
}
