package dev.rulesmith.authoring.export;

import dev.rulesmith.validator.check.RuleContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tomlj.TomlArray;

/**
 * A rule in the shape of Kibana's detection engine API, as detection-rules' {@code TOMLRuleContents.to_api_format}
 * builds it (without {@code version}): the {@code [rule]} table with {@code [metadata]} dropped and whitespace
 * normalised, the {@code [transform]} plugins filled into the note, every threat entry with a {@code technique} list,
 * the build-time fields {@code related_integrations}, {@code required_fields} and {@code setup} (split from the
 * note) added, and {@code new_terms} in the API's shape. ES|QL rules get no {@code required_fields}: detection-rules
 * takes them from the query's result columns as a live Elasticsearch types them (remote validation), and without
 * one it leaves them out.
 */
public final class ApiFormat {

    /** The stack version integration versions are chosen for: detection-rules' current package ({@code 9.2}). */
    public static final SemVer DEFAULT_STACK = SemVer.parse("9.2.0");

    private final IntegrationManifests manifests;
    private final SemVer stack;

    public ApiFormat(IntegrationManifests manifests, SemVer stack) {
        this.manifests = manifests;
        this.stack = stack;
    }

    /** The bundled integration manifests and the default stack version. */
    public static ApiFormat bundled() {
        return new ApiFormat(IntegrationManifests.bundled(), DEFAULT_STACK);
    }

    /**
     * The rule as an API object without {@code version}; its maps are sorted by key. A deprecated rule takes
     * detection-rules' {@code DeprecatedRuleContents} shape: its {@code [rule]} table as written (normalised, the
     * transform applied), without build-time fields or type transforms.
     */
    public Map<String, Object> of(RuleContext context) {
        Map<String, Object> rule = context.rule().table("rule").map(TomlValues::table)
                .orElseThrow(() -> new IllegalArgumentException(context.rule().path() + " has no [rule] table"));
        if (rule.get("note") instanceof String note) {
            rule.put("note", NoteTransform.apply(note, context.rule().table("transform")));
        }
        if (rule.get("threat") instanceof List<?> threats) {
            threats.stream().filter(Map.class::isInstance).map(RuleMaps::map)
                    .forEach(entry -> entry.putIfAbsent("technique", List.of()));
        }
        if (KibanaExport.isDeprecated(context)) {
            return rule;
        }
        addRelatedIntegrations(context, rule);
        addRequiredFields(context, rule);
        addSetup(rule);
        newTerms(rule);
        return rule;
    }

    private void addRelatedIntegrations(RuleContext context, Map<String, Object> rule) {
        List<String> integrations = strings(context.rule().array("metadata.integration"));
        Object language = rule.get("language");
        boolean eligible = (language != null && !"lucene".equals(language))
                || "machine_learning".equals(rule.get("type"));
        if (rule.containsKey("related_integrations") || integrations.isEmpty() || !eligible) {
            return;
        }
        List<Map<String, Object>> related = RelatedIntegrations.of(context, integrations, manifests, stack);
        if (!related.isEmpty()) {
            rule.put("related_integrations", related);
        }
    }

    private static void addRequiredFields(RuleContext context, Map<String, Object> rule) {
        if (rule.containsKey("query") && !"lucene".equals(rule.get("language"))
                && !"esql".equals(rule.get("language"))) {
            List<Map<String, Object>> fields = RequiredFields.of(context);
            if (!fields.isEmpty()) {
                rule.putIfAbsent("required_fields", fields);
            }
        }
    }

    private static void addSetup(Map<String, Object> rule) {
        if (rule.get("note") instanceof String note && !rule.containsKey("setup")) {
            SetupSection.split(note).ifPresent(split -> {
                rule.put("note", split.note());
                rule.put("setup", split.setup());
            });
        }
    }

    /** detection-rules' {@code NewTermsRuleData.transform}: {@code new_terms} as the API's two fields. */
    private static void newTerms(Map<String, Object> rule) {
        if (rule.get("new_terms") instanceof Map<?, ?> newTerms) {
            rule.put(String.valueOf(newTerms.get("field")), newTerms.get("value"));
            if (newTerms.get("history_window_start") instanceof List<?> start && !start.isEmpty()
                    && start.get(0) instanceof Map<?, ?> first) {
                rule.put("history_window_start", first.get("value"));
            }
            rule.remove("new_terms");
        }
    }

    private static List<String> strings(Optional<TomlArray> array) {
        List<String> out = new ArrayList<>();
        array.ifPresent(a -> a.toList().stream().filter(String.class::isInstance).map(String.class::cast)
                .forEach(out::add));
        return out;
    }
}
