package dev.rulesmith.validator.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rulesmith.validator.SharedData;
import dev.rulesmith.validator.check.Check;
import dev.rulesmith.validator.check.ReferenceData;
import dev.rulesmith.validator.engine.ValidationResult;
import dev.rulesmith.validator.engine.Validator;
import dev.rulesmith.validator.engine.ValidatorConfig;
import dev.rulesmith.validator.finding.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The query checks over Elastic's production rules: no finding at all, and they do look at every rule of their
 * language (539 EQL rules, 100 ES|QL rules), so that a check that silently skips everything cannot pass.
 */
class QueryChecksCorpusTest {

    @Test
    void everyEqlRuleUsesItsFieldsAsTheirTypesAllow() {
        ValidationResult result = run(new EqlFieldType());
        assertEquals(539, count(result, "eql"));
        assertEquals(List.of(), result.findings().stream().map(Finding::format).toList());
    }

    @Test
    void everyEsqlRuleHasTheStructureDetectionRulesRequires() {
        ValidationResult result = run(new EsqlStructure());
        assertEquals(100, count(result, "esql"));
        assertEquals(List.of(), result.findings().stream().map(Finding::format).toList());
    }

    @Test
    void everyEsqlRuleReferencesColumnsThatExistWhereItUsesThem() {
        ValidationResult result = run(new EsqlUnknownColumn());
        assertEquals(100, count(result, "esql"));
        assertEquals(List.of(), result.findings().stream().map(Finding::format).toList());
    }

    @Test
    void everyEsqlRuleComparesFieldsWithValuesOfTheirTypes() {
        ValidationResult result = run(new EsqlFieldType());
        assertEquals(100, count(result, "esql"));
        assertEquals(List.of(), result.findings().stream().map(Finding::format).toList());
    }

    private static ValidationResult run(Check check) {
        return new Validator(ReferenceData.bundled(), ValidatorConfig.DEFAULT, List.of(check))
                .validateDirectory(SharedData.require("corpus/detection-rules"));
    }

    private static long count(ValidationResult result, String language) {
        return result.rules().stream().filter(rule -> rule.rule().string("rule.language")
                .map(language::equals).orElse(false)).count();
    }
}
