package dev.rulesmith.validator.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rulesmith.validator.check.Check;
import dev.rulesmith.validator.finding.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

/**
 * Findings as SARIF 2.1.0, for code scanning: one result per finding (ruleId = check id, level, message, the rule
 * file's uri relative to the repository, startLine/startColumn), and the tool's rules from the check registry.
 */
public final class SarifReport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private final String toolVersion;
    private final String uriPrefix;

    /**
     * @param toolVersion Rulesmith's version
     * @param uriPrefix   what to put before a finding's path to make it relative to the repository root
     *                    (e.g. {@code rules/}); empty when findings' paths already are
     */
    public SarifReport(String toolVersion, String uriPrefix) {
        this.toolVersion = toolVersion;
        this.uriPrefix = uriPrefix.isEmpty() || uriPrefix.endsWith("/") ? uriPrefix : uriPrefix + "/";
    }

    public ObjectNode toJson(List<Finding> findings, Collection<Check> checks) {
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "Rulesmith");
        driver.put("version", toolVersion);
        ArrayNode rules = driver.putArray("rules");
        for (Check check : checks) {
            ObjectNode rule = rules.addObject();
            rule.put("id", check.id());
            rule.putObject("shortDescription").put("text", check.summary());
            rule.putObject("defaultConfiguration").put("level", check.defaultSeverity().sarifLevel());
        }
        ArrayNode results = run.putArray("results");
        findings.forEach(finding -> result(results.addObject(), finding));
        return root;
    }

    private void result(ObjectNode result, Finding finding) {
        result.put("ruleId", finding.checkId());
        result.put("level", finding.severity().sarifLevel());
        result.putObject("message").put("text", finding.message());
        ObjectNode physical = result.putArray("locations").addObject().putObject("physicalLocation");
        physical.putObject("artifactLocation").put("uri", uriPrefix + finding.path());
        ObjectNode region = physical.putObject("region");
        region.put("startLine", finding.position().line());
        region.put("startColumn", finding.position().column());
    }

    public void write(Path file, List<Finding> findings, Collection<Check> checks) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        JSON.writeValue(file.toFile(), toJson(findings, checks));
    }
}
