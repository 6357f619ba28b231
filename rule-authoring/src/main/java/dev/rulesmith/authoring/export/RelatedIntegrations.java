package dev.rulesmith.authoring.export;

import dev.rulesmith.validator.check.RuleContext;
import dev.rulesmith.validator.eql.EqlExpr;
import dev.rulesmith.validator.eql.EqlWalker;
import dev.rulesmith.validator.kql.KqlNode;
import dev.rulesmith.validator.query.RuleQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A rule's {@code related_integrations}, as detection-rules' {@code _convert_add_related_integrations} builds them:
 * each declared integration that has no datasets ({@code endpoint}, {@code windows}, ...) as a bare package, then one
 * entry per dataset the query names ({@code event.dataset:aws.cloudtrail} gives package {@code aws}, integration
 * {@code cloudtrail}); each with the least package version that supports the stack version, the integration dropped
 * when it is not one of that version's policy templates, duplicates removed. A package with no version for the stack
 * version is left out: Kibana's create and import schemas require {@code version} (a non-empty string), where
 * detection-rules' {@code find_least_compatible_version} stops the build with "no compatible version".
 */
final class RelatedIntegrations {

    /** detection-rules' {@code NON_DATASET_PACKAGES}. */
    private static final Set<String> NON_DATASET = Set.of("apm", "auditd_manager", "cloud_defend", "corelight",
            "endpoint", "jamf_protect", "network_traffic", "pfsense", "system", "windows", "sentinel_one_cloud_funnel",
            "ti_rapid7_threat_command", "m365_defender", "panw", "crowdstrike");

    private static final Set<String> DATASET_FIELDS = Set.of("event.dataset", "data_stream.dataset");

    private RelatedIntegrations() {
    }

    static List<Map<String, Object>> of(RuleContext context, List<String> integrations,
                                        IntegrationManifests manifests, SemVer stack) {
        List<Map<String, Object>> entries = new ArrayList<>();
        integrations.stream().filter(NON_DATASET::contains).forEach(p -> entries.add(entry(p, null)));
        for (String dataset : datasets(context.query())) {
            int dot = dataset.indexOf('.');
            String packageName = dot < 0 ? dataset : dataset.substring(0, dot);
            String integration = dot < 0 ? "Unknown" : dataset.substring(dot + 1);
            if (packageName.equals("endpoint") && integration.contains("events")) {
                integration = integration.split("\\.")[1];
            }
            if (manifests.knows(packageName)) {
                entries.add(entry(packageName, integration));
            }
        }
        Map<String, Map<String, Object>> unique = new LinkedHashMap<>();
        for (Map<String, Object> entry : entries) {
            versioned(entry, manifests, stack);
            if (entry.get("version") != null) {
                unique.putIfAbsent(new TreeMap<>(entry).toString(), entry);
            }
        }
        return List.copyOf(unique.values());
    }

    private static Map<String, Object> entry(String packageName, String integration) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("package", packageName);
        entry.put("integration", integration);
        return entry;
    }

    private static void versioned(Map<String, Object> entry, IntegrationManifests manifests, SemVer stack) {
        String packageName = (String) entry.get("package");
        String version = manifests.leastCompatibleVersion(packageName, stack).orElse(null);
        entry.put("version", version);
        if (version != null
                && !manifests.policyTemplates(packageName, version.substring(1)).contains(entry.get("integration"))) {
            entry.remove("integration");
        }
    }

    /** The datasets the query compares {@code event.dataset} or {@code data_stream.dataset} with, sorted. */
    static Set<String> datasets(RuleQuery query) {
        Set<String> datasets = new TreeSet<>();
        if (query instanceof RuleQuery.Kql kql) {
            kql(kql.ast(), datasets);
        } else if (query instanceof RuleQuery.Eql eql) {
            for (EqlExpr expr : EqlWalker.expressions(eql.ast())) {
                eql(expr, datasets);
            }
        }
        return datasets;
    }

    private static void kql(KqlNode node, Set<String> out) {
        if (node instanceof KqlNode.And and) {
            and.clauses().forEach(c -> kql(c, out));
        } else if (node instanceof KqlNode.Or or) {
            or.clauses().forEach(c -> kql(c, out));
        } else if (node instanceof KqlNode.Not not) {
            kql(not.clause(), out);
        } else if (node instanceof KqlNode.Match match && !match.value().isWildcard()
                && match.field().filter(f -> DATASET_FIELDS.contains(f.name())).isPresent()) {
            out.add(match.value().text());
        }
    }

    private static void eql(EqlExpr expr, Set<String> out) {
        if (expr instanceof EqlExpr.Comparison comparison && comparison.operator() == EqlExpr.ComparisonOperator.EQ
                && isDatasetField(comparison.left()) && comparison.right() instanceof EqlExpr.StringLiteral value) {
            out.add(value.value());
        } else if (expr instanceof EqlExpr.In in && !in.negated() && isDatasetField(in.value())) {
            in.candidates().stream().filter(EqlExpr.StringLiteral.class::isInstance)
                    .map(c -> ((EqlExpr.StringLiteral) c).value()).forEach(out::add);
        }
    }

    private static boolean isDatasetField(EqlExpr expr) {
        return expr instanceof EqlExpr.Field field && DATASET_FIELDS.contains(field.name());
    }
}
