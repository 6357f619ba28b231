package dev.rulesmith.validator.attack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Converts MITRE's STIX 2.1 bundle of a domain ({@code enterprise-attack.json}) into the catalog format that
 * {@link AttackCatalog#load(Path)} reads: tactics in the order of the matrix's {@code tactic_refs}, and every
 * attack-pattern with its ATT&CK id, name, URL (in the trailing-slash form detection rules use), kill-chain phases,
 * platforms, parent (from {@code subtechnique-of}) and deprecation or revocation (from {@code revoked-by}, followed
 * through chains). The ATT&CK version is the {@code x-mitre-collection}'s {@code x_mitre_version}.
 */
public final class StixCatalogConverter {

    private static final String MITRE = "mitre-attack";
    private static final String SITE = "https://attack.mitre.org/";
    private static final int MAX_CHAIN = 10;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, JsonNode> objects = new HashMap<>();
    private final Map<String, String> revokedBy = new HashMap<>();
    private final Map<String, String> parentOf = new HashMap<>();

    private StixCatalogConverter(JsonNode bundle) {
        if (!"bundle".equals(bundle.path("type").asText()) || !bundle.path("objects").isArray()) {
            throw new IllegalArgumentException("not a STIX 2.1 bundle: no type 'bundle' with an 'objects' array");
        }
        for (JsonNode object : bundle.path("objects")) {
            objects.put(object.path("id").asText(), object);
        }
        for (JsonNode object : bundle.path("objects")) {
            if (object.path("type").asText().equals("relationship") && isActive(object)) {
                String kind = object.path("relationship_type").asText();
                Map<String, String> target = kind.equals("revoked-by") ? revokedBy
                        : kind.equals("subtechnique-of") ? parentOf : null;
                if (target != null) {
                    target.put(object.path("source_ref").asText(), object.path("target_ref").asText());
                }
            }
        }
    }

    /** Converts a bundle file into a catalog file. */
    public static void convert(Path stixBundle, Path catalog) {
        try {
            JsonNode converted = convert(JSON.readTree(stixBundle.toFile()));
            JSON.writerWithDefaultPrettyPrinter().writeValue(catalog.toFile(), converted);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot convert STIX bundle " + stixBundle, e);
        }
    }

    /** The catalog document of a parsed bundle; throws {@link IllegalArgumentException} for a malformed bundle. */
    public static ObjectNode convert(JsonNode bundle) {
        return new StixCatalogConverter(bundle).catalog(bundle.path("id").asText());
    }

    private ObjectNode catalog(String bundleId) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", "enterprise-attack-catalog").put("format_version", 1)
                .put("attack_version", version()).put("domain", "enterprise-attack");
        root.putObject("source").put("converted_from", "STIX 2.1 bundle").put("bundle_id", bundleId);
        ArrayNode tactics = root.putArray("tactics");
        matrix().path("tactic_refs").forEach(ref -> tactics.add(tactic(object(ref.asText()))));
        ArrayNode techniques = root.putArray("techniques");
        objects.values().stream()
                .filter(o -> o.path("type").asText().equals("attack-pattern") && attackId(o).isPresent())
                .sorted(Comparator.comparing(o -> attackId(o).orElseThrow()))
                .forEach(o -> techniques.add(technique(o)));
        root.set("counts", counts(tactics, techniques));
        return root;
    }

    private String version() {
        return objects.values().stream().filter(o -> o.path("type").asText().equals("x-mitre-collection"))
                .map(o -> o.path("x_mitre_version").asText()).filter(v -> !v.isEmpty()).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("bundle has no x-mitre-collection with a version"));
    }

    private JsonNode matrix() {
        List<JsonNode> matrices = objects.values().stream()
                .filter(o -> o.path("type").asText().equals("x-mitre-matrix") && isActive(o)).toList();
        return matrices.stream().filter(m -> attackId(m).filter(id -> id.equals("enterprise-attack")).isPresent())
                .findFirst().or(() -> matrices.stream().findFirst())
                .orElseThrow(() -> new IllegalArgumentException("bundle has no x-mitre-matrix"));
    }

    private ObjectNode tactic(JsonNode stix) {
        String id = attackId(stix).orElseThrow(() -> new IllegalArgumentException("tactic without ATT&CK id: "
                + stix.path("id").asText()));
        ObjectNode tactic = JSON.createObjectNode();
        return tactic.put("id", id).put("name", stix.path("name").asText())
                .put("shortname", stix.path("x_mitre_shortname").asText()).put("url", SITE + "tactics/" + id + "/");
    }

    private ObjectNode technique(JsonNode stix) {
        String id = attackId(stix).orElseThrow();
        boolean subtechnique = stix.path("x_mitre_is_subtechnique").asBoolean();
        boolean revoked = stix.path("revoked").asBoolean();
        ObjectNode technique = JSON.createObjectNode();
        technique.put("id", id).put("name", stix.path("name").asText())
                .put("url", SITE + "techniques/" + id.replace('.', '/') + "/")
                .put("is_subtechnique", subtechnique)
                .put("parent_id", subtechnique ? parent(stix, id) : null);
        ArrayNode phases = technique.putArray("tactics");
        stix.path("kill_chain_phases").forEach(phase -> {
            if (phase.path("kill_chain_name").asText().equals(MITRE)) {
                phases.add(phase.path("phase_name").asText());
            }
        });
        technique.set("platforms", stix.path("x_mitre_platforms").isArray()
                ? stix.path("x_mitre_platforms").deepCopy() : JSON.createArrayNode());
        technique.put("deprecated", stix.path("x_mitre_deprecated").asBoolean()).put("revoked", revoked)
                .put("revoked_by", revoked ? replacement(stix.path("id").asText(), 1) : null)
                .put("revoked_by_final", revoked ? replacement(stix.path("id").asText(), MAX_CHAIN) : null);
        return technique;
    }

    private String parent(JsonNode stix, String id) {
        return Optional.ofNullable(parentOf.get(stix.path("id").asText())).map(this::object).flatMap(this::attackId)
                .orElse(id.substring(0, id.indexOf('.') < 0 ? id.length() : id.indexOf('.')));
    }

    /** The ATT&CK id {@code steps} revoked-by links away (stopping early at a current entry), or null. */
    private String replacement(String stixId, int steps) {
        String current = stixId;
        for (int i = 0; i < steps && revokedBy.containsKey(current); i++) {
            current = revokedBy.get(current);
            if (!object(current).path("revoked").asBoolean()) {
                break;
            }
        }
        return current.equals(stixId) ? null : attackId(object(current)).orElse(null);
    }

    private ObjectNode counts(ArrayNode tactics, ArrayNode techniques) {
        ObjectNode counts = JSON.createObjectNode().put("tactics", tactics.size());
        int[] tally = new int[4];
        techniques.forEach(t -> {
            boolean current = !t.path("deprecated").asBoolean() && !t.path("revoked").asBoolean();
            tally[0] += current && !t.path("is_subtechnique").asBoolean() ? 1 : 0;
            tally[1] += current && t.path("is_subtechnique").asBoolean() ? 1 : 0;
            tally[2] += t.path("deprecated").asBoolean() && !t.path("revoked").asBoolean() ? 1 : 0;
            tally[3] += t.path("revoked").asBoolean() ? 1 : 0;
        });
        return counts.put("techniques_active", tally[0]).put("subtechniques_active", tally[1])
                .put("deprecated", tally[2]).put("revoked", tally[3]).put("entries_total", techniques.size());
    }

    private JsonNode object(String stixId) {
        JsonNode object = objects.get(stixId);
        if (object == null) {
            throw new IllegalArgumentException("bundle refers to a missing object: " + stixId);
        }
        return object;
    }

    private Optional<String> attackId(JsonNode stix) {
        for (JsonNode reference : stix.path("external_references")) {
            if (reference.path("source_name").asText().equals(MITRE) && reference.hasNonNull("external_id")) {
                return Optional.of(reference.path("external_id").asText());
            }
        }
        return Optional.empty();
    }

    private static boolean isActive(JsonNode object) {
        return !object.path("revoked").asBoolean() && !object.path("x_mitre_deprecated").asBoolean();
    }
}
