package dev.rulesmith.authoring.lock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rulesmith.authoring.export.ApiFormat;
import dev.rulesmith.authoring.export.RuleHash;
import dev.rulesmith.validator.SharedData;
import dev.rulesmith.validator.check.ReferenceData;
import dev.rulesmith.validator.check.RuleContext;
import dev.rulesmith.validator.model.RuleLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Rulesmith's content hash is detection-rules' own: for the corpus rules listed in {@code detection-rules-lock-sample.json}
 * (entries copied from elastic/detection-rules' {@code version.lock.json}, repository and commit in the file), the hash
 * of the rule as Rulesmith reads it equals the {@code sha256} detection-rules locked.
 */
class DetectionRulesLockHashTest {

    private static final String SAMPLE = "/dev/rulesmith/authoring/lock/detection-rules-lock-sample.json";

    @Test
    void corpusRulesHashAsDetectionRulesLockedThem() throws IOException {
        Path corpus = SharedData.require("corpus/detection-rules");
        JsonNode sample = sample();
        ApiFormat format = ApiFormat.bundled();
        Set<String> types = new HashSet<>();
        for (JsonNode entry : sample.get("entries")) {
            Path file = corpus.resolve(entry.get("corpus_path").asText());
            RuleContext rule = RuleContext.of(RuleLoader.load(corpus, file), ReferenceData.bundled());
            assertEquals(entry.get("rule_id").asText(), rule.rule().string("rule.rule_id").orElseThrow());
            assertEquals(entry.get("sha256").asText(), RuleHash.of(format.of(rule)),
                    entry.get("rule_name").asText() + " (" + file + ")");
            types.add(entry.get("type").asText());
        }
        assertTrue(sample.get("entries").size() >= 10, "sample size");
        assertEquals(Set.of("eql", "query", "threat_match"), types);
    }

    private static JsonNode sample() throws IOException {
        try (InputStream in = DetectionRulesLockHashTest.class.getResourceAsStream(SAMPLE)) {
            return new ObjectMapper().readTree(in);
        }
    }
}
