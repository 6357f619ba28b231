package dev.rulesmith.validator.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rulesmith.validator.check.ReferenceData;
import dev.rulesmith.validator.checks.CheckTester;
import dev.rulesmith.validator.finding.Finding;
import dev.rulesmith.validator.finding.Severity;
import dev.rulesmith.validator.model.RuleLoader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ValidatorTest {

    private static final ReferenceData REFERENCE = ReferenceData.bundled();
    private static final String TYPO = CheckTester.seedRule().replace("name = \"Persistence\"", "name = \"Persistance\"");

    private List<Finding> validate(String toml, ValidatorConfig config) {
        return new Validator(REFERENCE, config).validate(List.of(RuleLoader.parse("rule.toml", toml))).findings();
    }

    @Test
    void theSeedRuleHasNoFindings() {
        assertEquals(List.of(), validate(CheckTester.seedRule(), ValidatorConfig.DEFAULT));
    }

    @Test
    void contentErrorsOnDeprecatedRulesAreWarnings() {
        String deprecated = TYPO.replace("maturity = \"production\"",
                "deprecation_date = \"2024/05/01\"\nmaturity = \"deprecated\"");
        List<Finding> findings = validate(deprecated, ValidatorConfig.DEFAULT);
        assertEquals(List.of("attack-tactic-name WARNING"),
                findings.stream().map(f -> f.checkId() + " " + f.severity()).toList());
    }

    @Test
    void configuredSeveritiesAndDisabledChecksApply() {
        ValidatorConfig lowered = new ValidatorConfig(Map.of("attack-tactic-name", Severity.NOTE), Set.of(),
                Severity.ERROR);
        assertEquals(List.of(Severity.NOTE), validate(TYPO, lowered).stream().map(Finding::severity).toList());
        ValidatorConfig off = new ValidatorConfig(Map.of(), Set.of("attack-tactic-name"), Severity.ERROR);
        assertEquals(List.of(), validate(TYPO, off));
    }
}
