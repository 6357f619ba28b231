package dev.rulesmith.authoring.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rulesmith.validator.check.RuleContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KibanaExportTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final KibanaExport EXPORT = new KibanaExport(ApiFormat.bundled(), ApiFormat.DEFAULT_STACK);

    private static List<RuleContext> rules() {
        String deprecated = Rules.replace(Rules.replace(Rules.replace(Rules.seedToml(), "maturity = \"production\"",
                "deprecation_date = \"2025/01/02\"\nmaturity = \"deprecated\""),
                "29052c19-ff3e-42fd-8363-7be14d7c5469", "00000000-ff3e-42fd-8363-7be14d7c5469"),
                "name = \"AWS Security Group Configuration Change Detection\"", "name = \"Old Rule\"");
        return List.of(Rules.seed(), Rules.context("aws/old.toml", deprecated));
    }

    @Test
    void oneLinePerRuleWithItsLockedVersionAndTheDeprecatedList(@TempDir Path dir) throws IOException {
        ExportResult result = EXPORT.write(rules(), (id, sha256) -> 7, dir);
        List<String> lines = Files.readAllLines(result.rules());
        assertEquals(1, lines.size());
        JsonNode rule = MAPPER.readTree(lines.get(0));
        assertEquals(7, rule.get("version").asInt());
        assertEquals("29052c19-ff3e-42fd-8363-7be14d7c5469", rule.get("rule_id").asText());
        JsonNode deprecated = MAPPER.readTree(result.deprecated().toFile());
        assertEquals(MAPPER.readTree("{\"00000000-ff3e-42fd-8363-7be14d7c5469\": {\"deprecation_date\": \"2025/01/02\","
                + " \"rule_name\": \"Old Rule\", \"stack_version\": \"9.2\"}}"), deprecated);
        assertEquals(new ExportResult(dir.resolve("rules.ndjson"), dir.resolve("deprecated_rules.json"), 1, 1), result);
    }

    @Test
    void theVersionComesFromTheRuleIdAndHash(@TempDir Path dir) throws IOException {
        EXPORT.write(rules(), (id, sha256) -> sha256.equals("db1707e4e53a2a6aa7456188b643fc01027a0f6226bc4b69360c3ec11b6fc7dd")
                && id.equals("29052c19-ff3e-42fd-8363-7be14d7c5469") ? 3 : 99, dir);
        assertEquals(3, MAPPER.readTree(Files.readAllLines(dir.resolve("rules.ndjson")).get(0)).get("version").asInt());
    }

    @Test
    void runningTwiceChangesNothing(@TempDir Path dir) throws IOException {
        EXPORT.write(rules(), (id, sha256) -> 1, dir);
        byte[] first = Files.readAllBytes(dir.resolve("rules.ndjson"));
        byte[] deprecated = Files.readAllBytes(dir.resolve("deprecated_rules.json"));
        EXPORT.write(rules(), (id, sha256) -> 1, dir);
        assertEquals(new String(first), Files.readString(dir.resolve("rules.ndjson")));
        assertEquals(new String(deprecated), Files.readString(dir.resolve("deprecated_rules.json")));
    }
}
