package dev.rulesmith.validator.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rulesmith.validator.check.Check;
import dev.rulesmith.validator.check.Checks;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The schema checks are registered once and documented on a page titled with their id. */
class SchemaChecksRegistrationTest {

    static Stream<Check> schemaChecks() {
        return Stream.of(new RuleSchema(), new RiskScoreBand(), new DateOrder());
    }

    @ParameterizedTest
    @MethodSource("schemaChecks")
    void isRegisteredOnceAndDocumented(Check check) throws IOException {
        assertEquals(1, Checks.all().stream().filter(c -> c.getClass() == check.getClass()).count());
        assertEquals(check.getClass(), Checks.byId(check.id()).orElseThrow().getClass());
        String page = "/dev/rulesmith/validator/checks/" + check.id() + ".md";
        try (InputStream in = Check.class.getResourceAsStream(page)) {
            assertNotNull(in, "missing documentation page " + page);
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(text.startsWith("# " + check.id() + "\n"), page + " must be titled with the id");
            assertTrue(text.contains("**Severity:** " + check.defaultSeverity().sarifLevel()), page + " severity");
        }
    }
}
