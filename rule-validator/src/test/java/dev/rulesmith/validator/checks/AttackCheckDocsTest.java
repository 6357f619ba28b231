package dev.rulesmith.validator.checks;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rulesmith.validator.check.Check;
import dev.rulesmith.validator.check.Checks;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every ATT&CK check has its documentation page, titled with its id, with the sections a page needs. */
class AttackCheckDocsTest {

    private static final List<String> SECTIONS = List.of("## What it checks", "## Why", "## Example",
            "## How to fix", "## Configuration");

    @Test
    void everyAttackCheckHasACompletePage() throws IOException {
        List<Check> checks = Checks.all().stream().filter(c -> c.id().startsWith("attack-")).toList();
        assertTrue(checks.size() >= 15, "attack checks: " + checks.size());
        for (Check check : checks) {
            String page = "/dev/rulesmith/validator/checks/" + check.id() + ".md";
            try (InputStream in = Check.class.getResourceAsStream(page)) {
                assertNotNull(in, "no page " + page);
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(text.startsWith("# " + check.id() + "\n"), page + " must start with its id");
                SECTIONS.forEach(section -> assertTrue(text.contains(section), page + " lacks " + section));
                assertTrue(text.contains("[" + check.id() + "]"), page + " lacks an example finding");
            }
        }
    }
}
