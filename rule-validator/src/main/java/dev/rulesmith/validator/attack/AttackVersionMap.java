package dev.rulesmith.validator.attack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How ATT&CK ids change from one version to the next: Elastic's v18 → v19 exceptions list (technique and
 * sub-technique id changes), plus the v19 tactic renames. An id not listed keeps its id. Immutable.
 */
public final class AttackVersionMap {

    private static final String V18_TO_V19 = "/dev/rulesmith/validator/reference/attack/attack-v18-to-v19-map.json";

    /** What an id becomes in the target version: its new id, name and URL, or nothing when it is dropped. */
    public record Change(String sourceId, Optional<Target> target) {
    }

    /** An id, name and URL in the target version. */
    public record Target(String id, String name, String reference) {
    }

    private final String sourceVersion;
    private final String targetVersion;
    private final Map<String, Change> tactics;
    private final Map<String, Change> techniques;
    private final Map<String, Change> subtechniques;

    private AttackVersionMap(JsonNode root) {
        this.sourceVersion = root.path("source_version").asText();
        this.targetVersion = root.path("target_version").asText();
        this.tactics = changes(root.path("tactics"));
        this.techniques = changes(root.path("techniques"));
        this.subtechniques = changes(root.path("subtechniques"));
    }

    /** The bundled v18 → v19 map. */
    public static AttackVersionMap v18ToV19() {
        try (InputStream in = AttackVersionMap.class.getResourceAsStream(V18_TO_V19)) {
            if (in == null) {
                throw new IllegalStateException("bundled ATT&CK version map missing: " + V18_TO_V19);
            }
            return new AttackVersionMap(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled ATT&CK version map", e);
        }
    }

    private static Map<String, Change> changes(JsonNode section) {
        Map<String, Change> out = new HashMap<>();
        section.properties().forEach(entry -> {
            JsonNode to = entry.getValue();
            Optional<Target> target = to.isObject() ? Optional.of(new Target(to.path("id").asText(),
                    to.path("name").asText(), to.path("reference").asText())) : Optional.empty();
            out.put(entry.getKey(), new Change(entry.getKey(), target));
        });
        return Map.copyOf(out);
    }

    /** The ATT&CK major version the map starts from, e.g. {@code 18}. */
    public String sourceVersion() {
        return sourceVersion;
    }

    /** The ATT&CK major version the map leads to, e.g. {@code 19}. */
    public String targetVersion() {
        return targetVersion;
    }

    public Optional<Change> tactic(String id) {
        return Optional.ofNullable(tactics.get(id));
    }

    public Optional<Change> technique(String id) {
        return Optional.ofNullable(techniques.get(id));
    }

    public Optional<Change> subtechnique(String id) {
        return Optional.ofNullable(subtechniques.get(id));
    }
}
