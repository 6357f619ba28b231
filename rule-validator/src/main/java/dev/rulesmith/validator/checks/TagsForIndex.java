package dev.rulesmith.validator.checks;

import dev.rulesmith.validator.check.Profile;
import dev.rulesmith.validator.check.RuleCheck;
import dev.rulesmith.validator.check.RuleContext;
import dev.rulesmith.validator.finding.Finding;
import dev.rulesmith.validator.finding.Severity;
import dev.rulesmith.validator.model.KeyPath;
import dev.rulesmith.validator.model.RuleFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Elastic convention: a rule reading an integration's index pattern carries that integration's Data Source and Domain
 * tags, e.g. logs-aws* needs 'Data Source: AWS', 'Data Source: Amazon Web Services' and 'Domain: Cloud'
 * (detection-rules' test_required_tags; index patterns are matched exactly as written there).
 */
public final class TagsForIndex implements RuleCheck {

    private static final Map<String, List<String>> REQUIRED = Map.ofEntries(
            Map.entry("logs-endpoint.events.*", List.of("Domain: Endpoint", "Data Source: Elastic Defend")),
            Map.entry("endgame-*", List.of("Data Source: Elastic Endgame")),
            Map.entry("logs-aws*", List.of("Data Source: AWS", "Data Source: Amazon Web Services", "Domain: Cloud")),
            Map.entry("logs-azure*", List.of("Data Source: Azure", "Domain: Cloud")),
            Map.entry("logs-o365*", List.of("Data Source: Microsoft 365", "Domain: Cloud")),
            Map.entry("logs-okta*", List.of("Data Source: Okta")),
            Map.entry("logs-gcp*", List.of("Data Source: Google Cloud Platform", "Data Source: GCP", "Domain: Cloud")),
            Map.entry("logs-google_workspace*", List.of("Data Source: Google Workspace", "Domain: Cloud")),
            Map.entry("logs-cloud_defend.alerts-*", List.of("Data Source: Elastic Defend for Containers",
                    "Domain: Container")),
            Map.entry("logs-cloud_defend*", List.of("Data Source: Elastic Defend for Containers", "Domain: Container")),
            Map.entry("logs-kubernetes.*", List.of("Data Source: Kubernetes")),
            Map.entry("apm-*-transaction*", List.of("Data Source: APM")),
            Map.entry("traces-apm*", List.of("Data Source: APM")),
            Map.entry(".alerts-security.*", List.of("Rule Type: Higher-Order Rule")),
            Map.entry("logs-cyberarkpas.audit*", List.of("Data Source: CyberArk PAS")),
            Map.entry("logs-endpoint.alerts-*", List.of("Data Source: Elastic Defend")),
            Map.entry("logs-windows.sysmon_operational-*", List.of("Data Source: Sysmon")),
            Map.entry("logs-windows.powershell*", List.of("Data Source: PowerShell Logs")),
            Map.entry("logs-system.security*", List.of("Data Source: Windows Security Event Logs")),
            Map.entry("logs-system.forwarded*", List.of("Data Source: Windows Security Event Logs")),
            Map.entry("logs-system.system*", List.of("Data Source: Windows System Event Logs")),
            Map.entry("logs-sentinel_one_cloud_funnel.*", List.of("Data Source: SentinelOne")),
            Map.entry("logs-fim.event-*", List.of("Data Source: File Integrity Monitoring")),
            Map.entry("logs-m365_defender.event-*", List.of("Data Source: Microsoft Defender XDR")),
            Map.entry("logs-crowdstrike.fdr*", List.of("Data Source: Crowdstrike")));

    @Override
    public String id() {
        return "tags-for-index";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "A rule reading an integration's index pattern must carry its Data Source and Domain tags.";
    }

    @Override
    public Set<Profile> profiles() {
        return Profile.ELASTIC_ONLY;
    }

    @Override
    public List<Finding> check(RuleContext context) {
        RuleFile rule = context.rule();
        if (RuleFacts.deprecated(rule)) {
            return List.of();
        }
        List<String> tags = RuleFacts.tags(rule);
        List<String> indexes = RuleFacts.strings(rule, "rule.index");
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < indexes.size(); i++) {
            List<String> missing = Stream.ofNullable(REQUIRED.get(indexes.get(i))).flatMap(List::stream)
                    .filter(t -> !tags.contains(t)).toList();
            if (!missing.isEmpty()) {
                findings.add(finding(rule, KeyPath.of("rule", "index", i), "index '" + indexes.get(i) + "' needs the "
                        + "tags " + REQUIRED.get(indexes.get(i)) + ": add " + missing));
            }
        }
        return findings;
    }
}
