package dev.rulesmith.authoring.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.rulesmith.validator.check.RuleContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a repository's rules for Kibana's detection engine import ({@code POST
 * /api/detection_engine/rules/_import}): {@code rules.ndjson}, one API-format rule a line (sorted by rule_id, keys
 * sorted, {@code version} from the lock), and {@code deprecated_rules.json}, the deprecated rules ({@code maturity =
 * "deprecated"}, not exported) keyed by rule_id with {@code rule_name}, {@code deprecation_date} and
 * {@code stack_version}, as detection-rules' {@code etc/deprecated_rules.json}.
 */
public final class KibanaExport {

    /** The NDJSON file name. */
    public static final String RULES_FILE = "rules.ndjson";

    /** The deprecated rules file name. */
    public static final String DEPRECATED_FILE = "deprecated_rules.json";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    private final ApiFormat format;
    private final SemVer stack;

    public KibanaExport(ApiFormat format, SemVer stack) {
        this.format = format;
        this.stack = stack;
    }

    /** Writes both files into {@code directory} (created if needed). */
    public ExportResult write(List<RuleContext> rules, RuleVersions versions, Path directory) {
        List<String> lines = new ArrayList<>();
        Map<String, Object> deprecated = new TreeMap<>();
        List<RuleContext> sorted = rules.stream()
                .sorted(Comparator.comparing((RuleContext c) -> c.rule().string("rule.rule_id").orElse(""))).toList();
        try {
            for (RuleContext context : sorted) {
                String ruleId = context.rule().string("rule.rule_id").orElse("");
                if (isDeprecated(context)) {
                    deprecated.put(ruleId, deprecation(context));
                    continue;
                }
                Map<String, Object> api = format.of(context);
                api.put("version", versions.versionOf(ruleId, RuleHash.of(api)));
                lines.add(MAPPER.writeValueAsString(api));
            }
            Files.createDirectories(directory);
            Path ndjson = directory.resolve(RULES_FILE);
            Files.writeString(ndjson, lines.isEmpty() ? "" : String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
            Path deprecatedFile = directory.resolve(DEPRECATED_FILE);
            Files.writeString(deprecatedFile, DetectionRulesJson.write(deprecated), StandardCharsets.UTF_8);
            return new ExportResult(ndjson, deprecatedFile, lines.size(), deprecated.size());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the export under " + directory + ": " + e.getMessage(), e);
        }
    }

    /** True for a rule whose {@code metadata.maturity} is {@code deprecated}. */
    public static boolean isDeprecated(RuleContext context) {
        return context.rule().string("metadata.maturity").filter("deprecated"::equals).isPresent();
    }

    private Map<String, Object> deprecation(RuleContext context) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("deprecation_date", context.rule().string("metadata.deprecation_date").orElse(null));
        entry.put("rule_name", context.rule().string("rule.name").orElse(null));
        entry.put("stack_version", stack.majorMinor());
        return entry;
    }
}
