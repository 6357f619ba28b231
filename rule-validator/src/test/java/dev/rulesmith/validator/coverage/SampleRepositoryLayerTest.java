package dev.rulesmith.validator.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rulesmith.validator.check.ReferenceData;
import dev.rulesmith.validator.check.RuleContext;
import dev.rulesmith.validator.engine.RuleRepository;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Navigator layer of the project's own sample repository (module rules/) is valid layer format 4.5. */
class SampleRepositoryLayerTest {

    private static final Path SAMPLE_RULES = Path.of("../rules/rules");

    @Test
    void theSampleRepositoryLayerLoadsInTheNavigatorSchema() {
        ReferenceData reference = ReferenceData.bundled();
        List<RuleContext> rules = RuleRepository.load(SAMPLE_RULES, reference);
        ObjectNode layer = AttackCoverage.of(rules, reference.attack()).navigatorLayer("Sample rules");
        assertEquals(List.of(), LayerSchema.violations(layer));
        JsonNode seed = null;
        for (JsonNode technique : layer.path("techniques")) {
            if (technique.path("techniqueID").asText().equals("T1562.007")) {
                seed = technique;
            }
        }
        assertTrue(seed != null && seed.path("comment").asText()
                .contains("AWS Security Group Configuration Change Detection"), String.valueOf(seed));
    }
}
