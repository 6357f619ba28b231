package dev.rulesmith.validator.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rulesmith.validator.check.Check;
import dev.rulesmith.validator.check.Checks;
import dev.rulesmith.validator.check.ReferenceData;
import dev.rulesmith.validator.checks.CheckTester;
import dev.rulesmith.validator.finding.Finding;
import dev.rulesmith.validator.finding.Severity;
import dev.rulesmith.validator.model.RuleFile;
import dev.rulesmith.validator.model.RuleLoader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ValidatorConfigTest {

    private final Check optIn = Checks.byId("attack-v19-migration").orElseThrow();
    private final Check onByDefault = Checks.byId("attack-tactic-name").orElseThrow();

    @Test
    void runsChecksThatAreOnByDefaultButNotOptInOnes() {
        assertTrue(ValidatorConfig.DEFAULT.enabled(onByDefault));
        assertFalse(ValidatorConfig.DEFAULT.enabled(optIn));
    }

    @Test
    void runsAnOptInCheckThatIsEnabledById() {
        ValidatorConfig config = new ValidatorConfig(Map.of(), Set.of(), Severity.ERROR, Set.of(optIn.id()));
        assertTrue(config.enabled(optIn));
        assertTrue(config.enabled(onByDefault));
    }

    @Test
    void disablesACheckThatIsOnByDefault() {
        ValidatorConfig config = new ValidatorConfig(Map.of(), Set.of(onByDefault.id()), Severity.ERROR);
        assertFalse(config.enabled(onByDefault));
    }

    @Test
    void rejectsACheckBothEnabledAndDisabled() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> new ValidatorConfig(
                Map.of(), Set.of(optIn.id()), Severity.ERROR, Set.of(optIn.id())));
        assertEquals("checks both enabled and disabled: [attack-v19-migration]", error.getMessage());
    }

    @Test
    void rejectsAnUnknownEnabledIdWithASuggestion() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> new ValidatorConfig(
                Map.of(), Set.of(), Severity.ERROR, Set.of("attack-v19-migraton")));
        assertEquals("unknown check id 'attack-v19-migraton' (did you mean 'attack-v19-migration'?)",
                error.getMessage());
    }

    @Test
    void theValidatorLeavesOutOptInChecksUnlessEnabled() {
        List<RuleFile> rules = List.of(RuleLoader.parse("rule.toml", CheckTester.seedRule()));
        ReferenceData reference = ReferenceData.bundled();
        List<Finding> off = new Validator(reference, ValidatorConfig.DEFAULT).validate(rules).findings();
        List<Finding> on = new Validator(reference, new ValidatorConfig(Map.of(), Set.of(), Severity.ERROR,
                Set.of(optIn.id()))).validate(rules).findings();
        assertEquals(0, off.stream().filter(f -> f.checkId().equals(optIn.id())).count());
        assertEquals(3, on.stream().filter(f -> f.checkId().equals(optIn.id())).count());
    }
}
