package dev.rulesmith.authoring.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * The manifests of Elastic integration packages (name, version, Kibana condition, policy templates), bundled as
 * detection-rules' {@code etc/integration-manifests.json.gz} (55 packages; copied into the reference data by
 * {@code scripts/generate-reference-data.py}), and its rule for a rule's integration
 * version: {@code find_least_compatible_version}.
 */
public final class IntegrationManifests {

    private static final String RESOURCE = "/dev/rulesmith/validator/reference/packages/integration-manifests.json.gz";

    private final JsonNode packages;

    private IntegrationManifests(JsonNode packages) {
        this.packages = packages;
    }

    /** The bundled manifests. */
    public static IntegrationManifests bundled() {
        try (InputStream in = new GZIPInputStream(IntegrationManifests.class.getResourceAsStream(RESOURCE))) {
            return new IntegrationManifests(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled " + RESOURCE, e);
        }
    }

    public boolean knows(String packageName) {
        return packages.has(packageName);
    }

    /**
     * The least version of the package's highest major that supports the stack version, as {@code ^x.y.z}: for each
     * major from the highest down, the first version (ascending) one of whose Kibana conditions has the stack's major
     * and is at most the stack version.
     */
    public Optional<String> leastCompatibleVersion(String packageName, SemVer stack) {
        List<SemVer> versions = new ArrayList<>();
        packages.path(packageName).fieldNames().forEachRemaining(v -> versions.add(SemVer.parse(v)));
        List<Integer> majors = versions.stream().map(SemVer::major).distinct()
                .sorted(Comparator.reverseOrder()).toList();
        for (int major : majors) {
            for (SemVer version : versions.stream().filter(v -> v.major() == major).sorted().toList()) {
                if (supports(manifest(packageName, version.text()), stack)) {
                    return Optional.of("^" + version.text());
                }
            }
        }
        return Optional.empty();
    }

    /** The policy templates (integrations) of one version of a package. */
    public List<String> policyTemplates(String packageName, String version) {
        List<String> templates = new ArrayList<>();
        manifest(packageName, version).path("policy_templates").forEach(t -> templates.add(t.asText()));
        return templates;
    }

    private JsonNode manifest(String packageName, String version) {
        return packages.path(packageName).path(version);
    }

    private static boolean supports(JsonNode manifest, SemVer stack) {
        String condition = manifest.path("conditions").path("kibana").path("version").asText("");
        for (String part : condition.replaceAll("[><=^~]", "").split(" \\|\\| ")) {
            if (!part.isBlank()) {
                SemVer kibana = SemVer.parse(part.strip());
                if (kibana.major() == stack.major() && kibana.compareTo(stack) <= 0) {
                    return true;
                }
            }
        }
        return false;
    }
}
