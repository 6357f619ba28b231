package dev.rulesmith.validator.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rulesmith.validator.SharedData;
import dev.rulesmith.validator.check.Check;
import dev.rulesmith.validator.check.ReferenceData;
import dev.rulesmith.validator.checks.DateOrder;
import dev.rulesmith.validator.checks.RiskScoreBand;
import dev.rulesmith.validator.checks.RuleSchema;
import dev.rulesmith.validator.engine.ValidationResult;
import dev.rulesmith.validator.engine.Validator;
import dev.rulesmith.validator.engine.ValidatorConfig;
import dev.rulesmith.validator.finding.Finding;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The production rules of elastic/detection-rules pass the schema checks without a single finding. */
class CorpusSchemaTest {

    private static final List<Check> CHECKS = List.of(new RuleSchema(), new RiskScoreBand(), new DateOrder());

    @Test
    void everyCorpusRuleMatchesTheSchema() {
        Path corpus = SharedData.require("corpus/detection-rules");
        ValidationResult result = new Validator(ReferenceData.bundled(), ValidatorConfig.DEFAULT, CHECKS)
                .validateDirectory(corpus);
        assertEquals(1102, result.rules().size(), "corpus size");
        assertTrue(result.findings().isEmpty(), () -> result.findings().size() + " findings:\n"
                + result.findings().stream().map(Finding::format).collect(Collectors.joining("\n")));
    }
}
