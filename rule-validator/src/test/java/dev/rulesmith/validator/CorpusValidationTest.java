package dev.rulesmith.validator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rulesmith.validator.check.ReferenceData;
import dev.rulesmith.validator.engine.ValidationResult;
import dev.rulesmith.validator.engine.Validator;
import dev.rulesmith.validator.engine.ValidatorConfig;
import dev.rulesmith.validator.finding.Finding;
import dev.rulesmith.validator.finding.Severity;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Elastic's production rules pass every check with default settings: no error on any of them. */
class CorpusValidationTest {

    @Test
    void theProductionCorpusHasNoErrors() {
        Path corpus = SharedData.require("corpus/detection-rules");
        ValidationResult result = new Validator(ReferenceData.bundled(), ValidatorConfig.DEFAULT)
                .validateDirectory(corpus);
        List<String> errors = result.findings().stream().filter(f -> f.severity() == Severity.ERROR)
                .map(Finding::format).toList();
        assertEquals(1102, result.rules().size());
        assertEquals(List.of(), errors, result.summary());
    }
}
