package dev.rulesmith.validator.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rulesmith.validator.finding.Finding;
import dev.rulesmith.validator.finding.Severity;
import dev.rulesmith.validator.model.SourcePosition;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuppressionsTest {

    private static final String VALID = """
            [[suppression]]
            check = "file-name-tactic"
            rule = "rules/windows/*.toml"
            reason = "renamed upstream"

            [[suppression]]
            check = "tag-casing"
            rule = "29052c19-ff3e-42fd-8363-7be14d7c5469"
            reason = "vocabulary changed after this rule"
            """;

    private static Finding finding(String path, String check) {
        return new Finding(path, SourcePosition.START, Severity.ERROR, "m", check);
    }

    @Test
    void suppressesByPathGlobOrRuleId() {
        Suppressions suppressions = Suppressions.parse(".rulesmith.toml", VALID);
        assertEquals(2, suppressions.entries().size());
        assertEquals(new SourcePosition(1, 1), suppressions.entries().get(0).position());
        assertTrue(suppressions.suppresses(finding("rules/windows/x.toml", "file-name-tactic"), null));
        assertFalse(suppressions.suppresses(finding("rules/linux/x.toml", "file-name-tactic"), null));
        assertFalse(suppressions.suppresses(finding("rules/windows/x.toml", "tag-casing"), "other-id"));
        assertTrue(suppressions.suppresses(finding("rules/aws/y.toml", "tag-casing"),
                "29052c19-ff3e-42fd-8363-7be14d7c5469"));
        assertFalse(Suppressions.NONE.suppresses(finding("rules/windows/x.toml", "file-name-tactic"), null));
    }

    @Test
    void reportsEveryProblemWithItsPosition() {
        SuppressionsException error = assertThrows(SuppressionsException.class, () -> Suppressions.parse(
                ".rulesmith.toml", """
                        [[suppression]]
                        check = "file-name-tatic"
                        rule = "rules/*"
                        reasn = "typo"

                        [[suppression]]
                        check = "tag-casing"
                        rule = "rules/*"
                        reason = "  "
                        """));
        assertEquals(List.of(
                ".rulesmith.toml:4:1: unknown key 'reasn' in [[suppression]], expected check, rule and reason "
                        + "(did you mean 'reason'?)",
                ".rulesmith.toml:1:1: [[suppression]] lacks 'reason': every suppression must say why the finding is "
                        + "acceptable",
                ".rulesmith.toml:2:1: unknown check id 'file-name-tatic' (did you mean 'file-name-tactic'?)",
                ".rulesmith.toml:9:1: 'reason' must be a non-empty string"), error.errors());
    }

    @Test
    void rejectsUnknownTablesAndBrokenToml() {
        SuppressionsException unknown = assertThrows(SuppressionsException.class,
                () -> Suppressions.parse("c.toml", "[[supression]]\ncheck = \"tag-casing\"\n"));
        assertEquals(List.of("c.toml:1:1: unknown key 'supression', expected [[suppression]] tables (did you mean "
                + "'suppression'?)"), unknown.errors());
        SuppressionsException table = assertThrows(SuppressionsException.class,
                () -> Suppressions.parse("c.toml", "suppression = \"all\"\n"));
        assertEquals(List.of("c.toml:1:1: 'suppression' must be an array of tables: write [[suppression]]"),
                table.errors());
        SuppressionsException broken = assertThrows(SuppressionsException.class,
                () -> Suppressions.parse("c.toml", "[[suppression]\n"));
        assertTrue(broken.errors().get(0).startsWith("c.toml:1:"), broken.errors().toString());
    }
}
