package dev.rulesmith.authoring.lock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rulesmith.validator.check.Check;
import dev.rulesmith.validator.check.CheckProvider;
import dev.rulesmith.validator.check.Checks;
import dev.rulesmith.validator.engine.ValidatorConfig;
import dev.rulesmith.validator.finding.Finding;
import dev.rulesmith.validator.finding.Severity;
import dev.rulesmith.validator.model.SourcePosition;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The standard of rule-validator's check meta-test, for the checks this module provides: each is registered (found
 * by the validator's registry through {@code META-INF/services}, once), has a unique kebab-case id, a one-line
 * summary, a doc page titled with its id and a test class; and the configuration knows its id.
 */
class ProvidedChecksTest {

    @Test
    void everyProvidedCheckIsRegisteredOnceWithAUniqueIdADocPageAndATest() throws Exception {
        var providers = ServiceLoader.load(CheckProvider.class).stream().map(ServiceLoader.Provider::get).toList();
        assertTrue(providers.stream().anyMatch(LockChecks.class::isInstance), "LockChecks is not a service");
        for (Check check : new LockChecks().checks()) {
            assertEquals(1, Checks.all().stream().filter(c -> c.id().equals(check.id())).count(), check.id());
            assertTrue(check.id().matches("[a-z][a-z0-9]*(-[a-z0-9]+)*"), check.id());
            assertTrue(!check.summary().isBlank() && !check.summary().contains("\n"), check.id());
            try (InputStream page = Check.class.getResourceAsStream("/dev/rulesmith/validator/checks/" + check.id()
                    + ".md")) {
                assertNotNull(page, "missing doc page checks/" + check.id() + ".md");
                assertTrue(new String(page.readAllBytes(), StandardCharsets.UTF_8).startsWith("# " + check.id()
                        + "\n"), check.id());
            }
            Class.forName(check.getClass().getName() + "Test");
        }
    }

    @Test
    void theirSeverityCanBeConfiguredAndTheyCanBeTurnedOff() {
        for (Check check : new LockChecks().checks()) {
            ValidatorConfig off = new ValidatorConfig(Map.of(), Set.of(check.id()), Severity.ERROR);
            assertTrue(!off.enabled(Checks.byId(check.id()).orElseThrow()), check.id());
            ValidatorConfig warning = new ValidatorConfig(Map.of(check.id(), Severity.WARNING), Set.of(),
                    Severity.ERROR);
            assertEquals(Severity.WARNING, warning.apply(new Finding("a.toml", SourcePosition.START,
                    Severity.ERROR, "m", check.id())).severity(), check.id());
        }
    }
}
