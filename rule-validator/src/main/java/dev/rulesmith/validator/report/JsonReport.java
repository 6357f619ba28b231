package dev.rulesmith.validator.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rulesmith.validator.engine.ValidationResult;
import dev.rulesmith.validator.finding.Finding;
import dev.rulesmith.validator.finding.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Findings as plain JSON: a summary (rules, counts by severity, suppressed findings, time) and one object per finding.
 */
public final class JsonReport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {
    }

    public static ObjectNode toJson(ValidationResult result) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode summary = root.putObject("summary");
        summary.put("rules", result.rules().size());
        for (Severity severity : Severity.values()) {
            summary.put(severity.name().toLowerCase(Locale.ROOT) + "s", result.count(severity));
        }
        summary.put("suppressed", result.suppressed());
        summary.put("millis", result.elapsed().toMillis());
        ArrayNode findings = root.putArray("findings");
        for (Finding finding : result.findings()) {
            ObjectNode node = findings.addObject();
            node.put("path", finding.path());
            node.put("line", finding.position().line());
            node.put("column", finding.position().column());
            node.put("severity", finding.severity().name().toLowerCase(Locale.ROOT));
            node.put("check", finding.checkId());
            node.put("message", finding.message());
        }
        return root;
    }

    public static void write(Path file, ValidationResult result) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        JSON.writeValue(file.toFile(), toJson(result));
    }
}
