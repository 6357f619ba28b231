package dev.rulesmith.validator.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rulesmith.validator.check.Check;
import dev.rulesmith.validator.check.Checks;
import dev.rulesmith.validator.check.Profile;
import dev.rulesmith.validator.check.ReferenceData;
import dev.rulesmith.validator.checks.CheckTester;
import dev.rulesmith.validator.finding.Finding;
import dev.rulesmith.validator.finding.Severity;
import dev.rulesmith.validator.model.RuleFile;
import dev.rulesmith.validator.model.RuleLoader;
import dev.rulesmith.validator.report.JsonReport;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The validator runs a profile's checks only, and drops and counts the findings the suppressions name. */
class ProfileAndSuppressionEngineTest {

    private static final ReferenceData REFERENCE = ReferenceData.bundled();
    private final Check elasticOnly = Checks.byId("file-name-tactic").orElseThrow();
    private final List<RuleFile> rules = List.of(RuleLoader.parse("rules/aws/sg_change.toml", CheckTester.seedRule()));

    private List<String> ids(ValidatorConfig config) {
        return new Validator(REFERENCE, config).validate(rules).findings().stream().map(Finding::checkId).toList();
    }

    @Test
    void runsElasticConventionsOnlyInTheElasticProfileOrWhenEnabled() {
        assertFalse(ValidatorConfig.DEFAULT.enabled(elasticOnly));
        assertTrue(ValidatorConfig.DEFAULT.withProfile(Profile.ELASTIC).enabled(elasticOnly));
        ValidatorConfig enabled = new ValidatorConfig(Map.of(), Set.of(), Severity.ERROR, Set.of(elasticOnly.id()));
        assertTrue(enabled.enabled(elasticOnly));
        assertFalse(ids(ValidatorConfig.DEFAULT).contains("file-name-tactic"));
        assertTrue(ids(ValidatorConfig.DEFAULT.withProfile(Profile.ELASTIC)).contains("file-name-tactic"));
        assertTrue(ids(ValidatorConfig.DEFAULT.withProfile(Profile.ELASTIC)).contains("min-stack-floor"));
    }

    @Test
    void dropsAndCountsSuppressedFindings() {
        Suppressions suppressions = Suppressions.parse(".rulesmith.toml", """
                [[suppression]]
                check = "file-name-tactic"
                rule = "rules/aws/*"
                reason = "named before the convention"

                [[suppression]]
                check = "min-stack-floor"
                rule = "29052c19-ff3e-42fd-8363-7be14d7c5469"
                reason = "kept for the 8.9 branch"
                """);
        ValidatorConfig elastic = ValidatorConfig.DEFAULT.withProfile(Profile.ELASTIC);
        ValidationResult all = new Validator(REFERENCE, elastic).validate(rules);
        ValidationResult kept = new Validator(REFERENCE, elastic.withSuppressions(suppressions)).validate(rules);
        assertEquals(0, all.suppressed());
        assertEquals(2, kept.suppressed());
        assertEquals(all.findings().size() - 2, kept.findings().size());
        assertFalse(kept.findings().stream().anyMatch(f -> f.checkId().equals("file-name-tactic")
                || f.checkId().equals("min-stack-floor")));
        assertTrue(kept.summary().contains("(2 suppressed)"), kept.summary());
        assertEquals(2, JsonReport.toJson(kept).path("summary").path("suppressed").asInt());
    }

    @Test
    void parsesProfileNamesWithASuggestion() {
        assertEquals(Profile.ELASTIC, Profile.parse("Elastic"));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> Profile.parse("elastc"));
        assertEquals("unknown profile 'elastc', expected one of [default, elastic] (did you mean 'elastic'?)",
                error.getMessage());
    }
}
