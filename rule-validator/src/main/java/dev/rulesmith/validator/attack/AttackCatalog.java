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
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An immutable ATT&CK catalog (format {@code enterprise-attack-catalog} version 1): tactics in matrix order and every
 * technique and sub-technique, current, deprecated or revoked. The bundled one is Enterprise v18.1.
 */
public final class AttackCatalog {

    private static final String BUNDLED = "/dev/rulesmith/validator/reference/attack/enterprise-attack-catalog.json";
    private static final String REDIRECTS = "/dev/rulesmith/validator/reference/attack/attack-technique-redirects.json";
    private static final int MAX_REDIRECTS = 10;

    private final String version;
    private final List<Tactic> tacticsInMatrixOrder;
    private final Map<String, Tactic> tactics;
    private final Map<String, Technique> techniques;
    private final Map<String, String> redirects;

    private AttackCatalog(String version, List<Tactic> tactics, Map<String, Technique> techniques,
                          Map<String, String> redirects) {
        this.version = version;
        this.tacticsInMatrixOrder = List.copyOf(tactics);
        this.tactics = tactics.stream().collect(Collectors.toUnmodifiableMap(Tactic::id, Function.identity()));
        this.techniques = Map.copyOf(techniques);
        this.redirects = Map.copyOf(redirects);
    }

    /** The catalog shipped in the jar. */
    public static AttackCatalog bundled() {
        return read(resource(BUNDLED), BUNDLED).withBundledRedirects();
    }

    /**
     * A catalog file a user supplies, in the same format. Revoked entries that do not record their replacement
     * ({@code revoked_by}) fall back to the bundled redirect map of revoked ids.
     */
    public static AttackCatalog load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(new ObjectMapper().readTree(in), file.toString()).withBundledRedirects();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read ATT&CK catalog " + file, e);
        }
    }

    private AttackCatalog withBundledRedirects() {
        Map<String, String> redirects = new LinkedHashMap<>();
        resource(REDIRECTS).path("mapping").properties()
                .forEach(entry -> redirects.put(entry.getKey(), entry.getValue().asText()));
        return new AttackCatalog(version, tacticsInMatrixOrder, techniques, redirects);
    }

    private static JsonNode resource(String name) {
        try (InputStream in = AttackCatalog.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("bundled ATT&CK data missing: " + name);
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled ATT&CK data " + name, e);
        }
    }

    static AttackCatalog read(JsonNode root, String origin) {
        if (!"enterprise-attack-catalog".equals(root.path("format").asText())) {
            throw new IllegalArgumentException(origin + ": not an enterprise-attack-catalog file");
        }
        List<Tactic> tactics = new ArrayList<>();
        for (JsonNode t : root.path("tactics")) {
            tactics.add(new Tactic(text(t, "id"), text(t, "name"), text(t, "shortname"), text(t, "url")));
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
        return new AttackCatalog(text(root, "attack_version"), tactics, techniques, Map.of());
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

    /** The tactic with exactly this name, if any. */
    public Optional<Tactic> tacticNamed(String name) {
        return tacticsInMatrixOrder.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** The tactic with this kill-chain shortname, if any. */
    public Optional<Tactic> tacticByShortname(String shortname) {
        return tacticsInMatrixOrder.stream().filter(t -> t.shortname().equals(shortname)).findFirst();
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

    /**
     * The current entry that replaces a revoked one: its {@code revoked_by} (or, where the catalog does not record
     * one, the bundled redirect), followed through chains such as T1150 → T1547.011 → T1647.
     */
    public Optional<Technique> replacement(String id) {
        Optional<Technique> current = technique(id);
        for (int step = 0; step < MAX_REDIRECTS && current.isPresent() && current.get().revoked(); step++) {
            Technique revoked = current.get();
            current = revoked.revokedBy().or(() -> Optional.ofNullable(redirects.get(revoked.id())))
                    .flatMap(this::technique);
        }
        return current.filter(Technique::isCurrent).filter(t -> !t.id().equals(id));
    }

    /** Current techniques and sub-techniques whose name is exactly {@code name}. */
    public List<Technique> currentNamed(String name) {
        return techniques.values().stream().filter(Technique::isCurrent).filter(t -> t.name().equals(name))
                .sorted((a, b) -> a.id().compareTo(b.id())).toList();
    }

    public List<Technique> techniques() {
        return techniques.values().stream().sorted((a, b) -> a.id().compareTo(b.id())).toList();
    }
}
