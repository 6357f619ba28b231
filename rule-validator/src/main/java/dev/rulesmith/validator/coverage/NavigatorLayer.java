package dev.rulesmith.validator.coverage;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rulesmith.validator.coverage.AttackCoverage.Entry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a coverage as an ATT&CK Navigator layer (layer format 4.5, domain {@code enterprise-attack}): one technique
 * object per mapped (tactic, technique), with {@code score} = the number of rules and {@code comment} = their names,
 * one per line.
 */
public final class NavigatorLayer {

    /** The layer format version this class writes. */
    public static final String LAYER_FORMAT = "4.5";

    /** The Navigator version the layer declares. */
    public static final String NAVIGATOR = "5.1.0";

    private static final ObjectMapper JSON = new ObjectMapper();

    private NavigatorLayer() {
    }

    /** The layer document of a coverage. */
    public static ObjectNode of(AttackCoverage coverage, String name) {
        ObjectNode layer = JSON.createObjectNode();
        layer.put("name", name);
        layer.putObject("versions").put("attack", coverage.catalog().version().split("\\.")[0])
                .put("navigator", NAVIGATOR).put("layer", LAYER_FORMAT);
        layer.put("domain", "enterprise-attack");
        layer.put("description", "Detection rules per technique (" + coverage.ruleCount() + " rules, "
                + coverage.catalog().label() + "); score = number of rules");
        layer.put("sorting", 3);
        layer.putObject("layout").put("layout", "side").put("showID", true).put("showName", true)
                .put("expandedSubtechniques", "annotated");
        layer.put("hideDisabled", false);
        ArrayNode techniques = layer.putArray("techniques");
        int max = 1;
        for (Entry entry : coverage.entries()) {
            techniques.addObject().put("techniqueID", entry.technique().id())
                    .put("tactic", entry.tactic().shortname())
                    .put("score", entry.rules().size())
                    .put("comment", String.join("\n", entry.rules()))
                    .put("enabled", true);
            max = Math.max(max, entry.rules().size());
        }
        ObjectNode gradient = layer.putObject("gradient");
        gradient.putArray("colors").add("#ffffff").add("#66b1ff");
        gradient.put("minValue", 0).put("maxValue", max);
        layer.putArray("legendItems");
        layer.putArray("metadata").addObject().put("name", "catalog").put("value", coverage.catalog().label());
        return layer;
    }

    /** Writes the layer of a coverage to a file, pretty-printed. */
    public static void write(AttackCoverage coverage, String name, Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), of(coverage, name));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write Navigator layer " + file, e);
        }
    }
}
