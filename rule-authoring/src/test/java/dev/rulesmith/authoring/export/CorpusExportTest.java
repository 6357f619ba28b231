package dev.rulesmith.authoring.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rulesmith.validator.SharedData;
import dev.rulesmith.validator.check.ReferenceData;
import dev.rulesmith.validator.check.RuleContext;
import dev.rulesmith.validator.engine.RuleRepository;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every production rule of detection-rules converts to the API shape and hashes, and round-trips through JSON. */
class CorpusExportTest {

    @Test
    void everyCorpusRuleConverts() throws Exception {
        Path corpus = SharedData.require("corpus/detection-rules");
        List<RuleContext> rules = RuleRepository.load(corpus, ReferenceData.bundled()).stream()
                .filter(c -> c.rule().syntaxErrors().isEmpty()).toList();
        ApiFormat format = ApiFormat.bundled();
        ObjectMapper mapper = new ObjectMapper();
        List<String> failures = new ArrayList<>();
        int setups = 0;
        int required = 0;
        int related = 0;
        for (RuleContext rule : rules) {
            try {
                Map<String, Object> api = format.of(rule);
                assertEquals(64, RuleHash.of(api).length());
                mapper.readTree(mapper.writeValueAsString(api));
                setups += api.containsKey("setup") ? 1 : 0;
                required += api.containsKey("required_fields") ? 1 : 0;
                related += api.containsKey("related_integrations") ? 1 : 0;
            } catch (RuntimeException e) {
                failures.add(rule.rule().path() + ": " + e);
            }
        }
        System.out.printf("corpus export: %d rules, %d with setup, %d with required_fields, %d with"
                + " related_integrations%n", rules.size(), setups, required, related);
        assertEquals(List.of(), failures);
        assertTrue(rules.size() > 1000, "corpus rules: " + rules.size());
    }
}
