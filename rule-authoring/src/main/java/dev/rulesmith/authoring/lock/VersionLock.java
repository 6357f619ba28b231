package dev.rulesmith.authoring.lock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.rulesmith.authoring.export.DetectionRulesJson;
import dev.rulesmith.authoring.export.RuleVersions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A repository's version lock: rule_id to {@link LockEntry}, read from and written to detection-rules'
 * {@code version.lock.json} format (keys sorted, two-space indent), so a repository can move between the tools. It
 * sits at {@code etc/version.lock.json} beside the rules directory, as in detection-rules' custom rules layout.
 */
public record VersionLock(Map<String, LockEntry> entries) implements RuleVersions {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    public VersionLock {
        entries = Map.copyOf(entries);
    }

    /** The lock file of a rules directory: {@code ../etc/version.lock.json}. */
    public static Path file(Path rulesDirectory) {
        return rulesDirectory.toAbsolutePath().normalize().resolveSibling("etc").resolve("version.lock.json");
    }

    /** Reads a lock file; a missing file is an empty lock. */
    public static VersionLock read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return new VersionLock(Map.of());
        }
        JsonNode root = MAPPER.readTree(file.toFile());
        if (root == null || !root.isObject()) {
            throw new IOException(file + " is not a JSON object of rule_id to lock entry");
        }
        Map<String, LockEntry> entries = new TreeMap<>();
        for (Map.Entry<String, JsonNode> field : root.properties()) {
            JsonNode node = field.getValue();
            if (!node.path("sha256").isTextual() || !node.path("version").canConvertToInt()) {
                throw new IOException(file + ": the entry of " + field.getKey() + " needs sha256 and version");
            }
            entries.put(field.getKey(), new LockEntry(node.path("rule_name").asText(), node.path("sha256").asText(),
                    node.path("type").asText(), node.path("version").asInt(),
                    Optional.ofNullable(node.get("min_stack_version")).map(JsonNode::asText),
                    Optional.ofNullable(node.get("previous")).map(p -> MAPPER.convertValue(p, Object.class))));
        }
        return new VersionLock(entries);
    }

    /** Writes the lock as detection-rules does: sorted keys, two-space indent, {@code ": "} after keys. */
    public void write(Path file) throws IOException {
        Map<String, Object> json = new TreeMap<>();
        entries.forEach((id, entry) -> json.put(id, json(entry)));
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, DetectionRulesJson.write(json), StandardCharsets.UTF_8);
    }

    private static Map<String, Object> json(LockEntry entry) {
        Map<String, Object> out = new LinkedHashMap<>();
        entry.minStackVersion().ifPresent(v -> out.put("min_stack_version", v));
        entry.previous().ifPresent(p -> out.put("previous", p));
        out.put("rule_name", entry.ruleName());
        out.put("sha256", entry.sha256());
        out.put("type", entry.type());
        out.put("version", entry.version());
        return out;
    }

    public Optional<LockEntry> entry(String ruleId) {
        return Optional.ofNullable(entries.get(ruleId));
    }

    /**
     * detection-rules' {@code autobumped_version}: the locked version when the content is unchanged, one more when
     * it changed, 1 for a rule the lock does not know.
     */
    @Override
    public int versionOf(String ruleId, String sha256) {
        return entry(ruleId).map(e -> e.sha256().equals(sha256) ? e.version() : e.version() + 1).orElse(1);
    }
}
