package dev.rulesmith.validator.attack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable ATT&CK catalog (format {@code enterprise-attack-catalog} version 1): tactics in matrix order and every
 * technique and sub-technique, current, deprecated or revoked. The bundled one is Enterprise v18.1.
 */
public final class AttackCatalog {

    private static final String BUNDLED = "/dev/rulesmith/validator/reference/attack/enterprise-attack-catalog.json";

    private final String version;
    private final List<Tactic> tacticsInMatrixOrder;
    private final Map<String, Tactic> tactics;
    private final Map<String, Technique> techniques;

    private AttackCatalog(String version, Map<String, Tactic> tactics, Map<String, Technique> techniques) {
        this.version = version;
        this.tacticsInMatrixOrder = List.copyOf(tactics.values());
        this.tactics = Map.copyOf(tactics);
        this.techniques = Map.copyOf(techniques);
    }

    /** The catalog shipped in the jar. */
    public static AttackCatalog bundled() {
        try (InputStream in = AttackCatalog.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("bundled ATT&CK catalog missing: " + BUNDLED);
            }
            return read(new ObjectMapper().readTree(in), BUNDLED);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled ATT&CK catalog", e);
        }
    }

    /** A catalog file a user supplies, in the same format. */
    public static AttackCatalog load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(new ObjectMapper().readTree(in), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read ATT&CK catalog " + file, e);
        }
    }

    static AttackCatalog read(JsonNode root, String origin) {
        if (!"enterprise-attack-catalog".equals(root.path("format").asText())) {
            throw new IllegalArgumentException(origin + ": not an enterprise-attack-catalog file");
        }
        Map<String, Tactic> tactics = new LinkedHashMap<>();
        for (JsonNode t : root.path("tactics")) {
            Tactic tactic = new Tactic(text(t, "id"), text(t, "name"), text(t, "shortname"), text(t, "url"));
            tactics.put(tactic.id(), tactic);
        }
        Map<String, Technique> techniques = new LinkedHashMap<>();
        for (JsonNode t : root.path("techniques")) {
            List<String> phases = new ArrayList<>();
            t.path("tactics").forEach(p -> phases.add(p.asText()));
            Technique technique = new Technique(text(t, "id"), text(t, "name"), text(t, "url"),
                    optional(t, "parent_id"), phases, t.path("deprecated").asBoolean(), t.path("revoked").asBoolean(),
                    optional(t, "revoked_by"));
            techniques.put(technique.id(), technique);
        }
        return new AttackCatalog(text(root, "attack_version"), tactics, techniques);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("catalog entry lacks '" + field + "': " + node);
        }
        return value.asText();
    }

    private static Optional<String> optional(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
    }

    /** The ATT&CK version, e.g. {@code 18.1}. */
    public String version() {
        return version;
    }

    /** How messages name this catalog, e.g. {@code ATT&CK v18.1}. */
    public String label() {
        return "ATT&CK v" + version;
    }

    public Optional<Tactic> tactic(String id) {
        return Optional.ofNullable(tactics.get(id));
    }

    public Optional<Technique> technique(String id) {
        return Optional.ofNullable(techniques.get(id));
    }

    /** Tactics in the order of the matrix. */
    public List<Tactic> tactics() {
        return tacticsInMatrixOrder;
    }

    public List<Technique> techniques() {
        return techniques.values().stream().sorted((a, b) -> a.id().compareTo(b.id())).toList();
    }
}
