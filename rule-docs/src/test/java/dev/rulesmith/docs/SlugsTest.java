package dev.rulesmith.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void slugsKeepOnlyLowerCaseLettersDigitsAndSingleHyphens() {
        assertEquals("aws-security-group-configuration-change-detection",
                Slugs.slug("AWS Security Group Configuration Change Detection"));
        assertEquals("etc-passwd", Slugs.slug("../../etc/passwd"));
        assertEquals("c-windows-system32", Slugs.slug("C:\\Windows\\System32"));
        assertEquals("creme-brulee", Slugs.slug("Crème Brûlée"));
        assertEquals("", Slugs.slug("../.."));
        assertEquals("", Slugs.slug("日本語"));
        assertTrue(Slugs.slug("x".repeat(500)).length() <= Slugs.MAX_LENGTH);
    }

    @Test
    void fallsBackToRuleIdThenPathThenAWord() {
        Map<String, String> slugs = Slugs.assign(List.of(rule("a.toml", "...", "ID-1"), rule("b.toml", "", ""),
                rule("日本.toml", "", "")));
        assertEquals(Map.of("a.toml", "id-1", "b.toml", "b-toml", "日本.toml", "toml"), slugs);
        assertEquals("rule", Slugs.assign(List.of(rule("..", "", ""))).get(".."));
    }

    @Test
    void clashesGetTheRuleIdThenACounter() {
        Map<String, String> slugs = Slugs.assign(List.of(rule("a.toml", "Same", "1111"), rule("b.toml", "Same", "2222"),
                rule("c.toml", "Same", "2222"), rule("d.toml", "Same-2222", "")));
        assertEquals("same", slugs.get("a.toml"));
        assertEquals("same-2222", slugs.get("b.toml"));
        assertEquals("same-2", slugs.get("c.toml"));
        assertEquals("same-2222-2", slugs.get("d.toml"));
    }

    private static RuleFacts rule(String path, String name, String id) {
        return new RuleFacts(path, "", id, name, "", "", "", "", "", List.of(), "", "", List.of(), "", "", "",
                List.of(), "", List.of(), List.of(), List.of(), "", "", List.of());
    }
}
