package dev.rulesmith.validator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rulesmith.validator.check.Profile;
import dev.rulesmith.validator.check.ReferenceData;
import dev.rulesmith.validator.engine.ValidationResult;
import dev.rulesmith.validator.engine.Validator;
import dev.rulesmith.validator.engine.ValidatorConfig;
import dev.rulesmith.validator.finding.Finding;
import dev.rulesmith.validator.finding.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Elastic's production rules pass every check with default settings: no error on any of them. Warnings stand only
 * where a rule breaks a documented convention; they are pinned here by check so that a new one is noticed. With the
 * Elastic profile, the only errors are the known, explained ones.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorpusValidationTest {

    private ValidationResult defaultResult;

    /** The checks of the rule layout and repository conventions (all profiles), whose warnings this test pins. */
    private static final Set<String> REPOSITORY_CHECKS = Set.of("unique-rule-id", "unique-rule-name",
            "unique-file-name", "file-name-pattern", "deprecation-date", "tag-duplicate", "tag-casing",
            "tactic-tag-unmapped", "building-block-timing", "eql-maxspan-lookback", "max-signals", "license",
            "note-setup", "transform-placeholders", "transform-placeholder-range");

    @Test
    void theProductionCorpusHasNoErrors() {
        ValidationResult result = defaultProfile();
        assertEquals(1102, result.rules().size());
        assertEquals(List.of(), errors(result), result.summary());
    }

    @Test
    void theDefaultProfileWarnsOnlyWhereAConventionIsBroken() {
        ValidationResult result = defaultProfile();
        assertEquals(Map.of("tactic-tag-unmapped", 14L, "tag-casing", 17L, "transform-placeholder-range", 1L),
                warningsByCheck(result, REPOSITORY_CHECKS), result.summary());
    }

    @Test
    void theElasticProfileReportsOnlyTheKnownErrors() {
        ValidationResult result = validate(ValidatorConfig.DEFAULT.withProfile(Profile.ELASTIC));
        assertEquals(List.of("rules/integrations/cloud_defend/execution_container_management_binary_launched_inside_a_"
                + "container.toml [license-elastic] license 'Elastic Licence v2' must be \"Elastic License v2\""),
                result.findings().stream().filter(f -> f.severity() == Severity.ERROR)
                        .map(f -> f.path() + " [" + f.checkId() + "] " + f.message()).toList(), result.summary());
    }

    /** The default profile's result, computed once for the tests that read it. */
    private ValidationResult defaultProfile() {
        if (defaultResult == null) {
            defaultResult = validate(ValidatorConfig.DEFAULT);
        }
        return defaultResult;
    }

    private static ValidationResult validate(ValidatorConfig config) {
        Path corpus = SharedData.require("corpus/detection-rules");
        return new Validator(ReferenceData.bundled(), config).validateDirectory(corpus);
    }

    private static List<String> errors(ValidationResult result) {
        return result.findings().stream().filter(f -> f.severity() == Severity.ERROR).map(Finding::format).toList();
    }

    private static Map<String, Long> warningsByCheck(ValidationResult result, Set<String> checks) {
        return result.findings().stream().filter(f -> f.severity() == Severity.WARNING)
                .filter(f -> checks.contains(f.checkId()))
                .collect(Collectors.groupingBy(Finding::checkId, TreeMap::new, Collectors.counting()));
    }
}
