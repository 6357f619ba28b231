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
import dev.rulesmith.validator.model.KeyPath;
import dev.rulesmith.validator.model.RuleFile;
import dev.rulesmith.validator.model.RuleLoader;
import dev.rulesmith.validator.model.SourcePosition;
import java.nio.file.Path;
import java.util.ArrayList;
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

    @Test
    void everyCorpusRuleRejectsAnUnknownKeyInItsRuleTable() {
        Path corpus = SharedData.require("corpus/detection-rules");
        List<String> wrong = new ArrayList<>();
        for (Path file : RuleLoader.discover(corpus)) {
            RuleFile original = RuleLoader.load(corpus, file);
            String source = original.source().replaceFirst("(?m)^\\[rule]$", "[rule]\nrisk_scor = 21");
            RuleFile mutated = RuleLoader.parse(original.path(), source);
            int line = original.position(KeyPath.of("rule")).line() + 1;
            List<SchemaViolation> violations = RuleJsonSchema.validate(mutated);
            boolean reported = violations.size() == 1
                    && violations.get(0).at().equals(KeyPath.of("rule", "risk_scor"))
                    && mutated.position(violations.get(0).at()).equals(new SourcePosition(line, 1))
                    && violations.get(0).message().startsWith("rule.risk_scor: unknown key (did you mean 'risk_score'?)");
            if (!reported) {
                wrong.add(original.path() + ": " + violations);
            }
        }
        assertEquals(List.of(), wrong);
    }
}
