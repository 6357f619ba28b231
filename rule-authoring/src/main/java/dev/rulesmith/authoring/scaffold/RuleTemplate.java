package dev.rulesmith.authoring.scaffold;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The text of a scaffolded rule, in detection-rules' layout: {@code [metadata]}, the {@code [rule]} keys in order, the
 * query and the threat mapping. What only the author can say is a {@code <<placeholder>>} that the placeholder-text
 * check reports until it is replaced.
 */
final class RuleTemplate {

    static final String AUTHOR = "<<author>>";
    static final String LICENCE = "<<licence, e.g. Apache-2.0>>";
    static final String DESCRIPTION = "<<What the rule detects, and why it matters.>>";
    static final String FALSE_POSITIVES = "<<Legitimate activity that matches too, and how to tell it apart.>>";
    static final String TRIAGE = "<<How to investigate an alert: what to look at, what makes it benign or malicious.>>";
    static final String RESPONSE = "<<What to do about a true positive.>>";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");

    private RuleTemplate() {
    }

    static String render(ScaffoldRequest request, AttackMapping attack, IntegrationProfile profile, LocalDate today,
                         UUID ruleId) {
        String date = TomlText.quoted(DATE.format(today));
        RuleType type = request.type();
        List<String> lines = new ArrayList<>(List.of("[metadata]", "creation_date = " + date,
                "integration = [" + TomlText.quoted(request.integration()) + "]", "maturity = \"development\"",
                "updated_date = " + date, "", "[rule]", "author = [" + TomlText.quoted(AUTHOR) + "]",
                "description = \"\"\"", DESCRIPTION, "\"\"\"", "false_positives = [", "    \"\"\"",
                "    " + FALSE_POSITIVES, "    \"\"\",", "]", "from = \"now-9m\""));
        if (type != RuleType.ESQL) {
            lines.add("index = [" + String.join(", ", profile.index().stream().map(TomlText::quoted).toList()) + "]");
        }
        lines.addAll(List.of("interval = \"5m\"", "language = " + TomlText.quoted(type.language()),
                "license = " + TomlText.quoted(LICENCE), "name = " + TomlText.quoted(request.name())));
        lines.addAll(note(request.name()));
        lines.addAll(List.of("risk_score = 47", "rule_id = " + TomlText.quoted(ruleId.toString()),
                "severity = \"medium\"", "tags = ["));
        tags(attack, profile).forEach(tag -> lines.add("    " + TomlText.quoted(tag) + ","));
        lines.add("]");
        if (type != RuleType.ESQL) {
            lines.add("timestamp_override = \"event.ingested\"");
        }
        lines.add("type = " + TomlText.quoted(type.tomlName()));
        return String.join("\n", lines) + "\n\n" + QueryTemplate.toml(type, profile) + "\n\n" + attack.toml();
    }

    private static List<String> note(String name) {
        return List.of("note = \"\"\"## Triage and analysis", "", "### Investigating " + TomlText.inMultiLine(name), "",
                TRIAGE, "", "### Response and remediation", "", RESPONSE, "\"\"\"");
    }

    private static List<String> tags(AttackMapping attack, IntegrationProfile profile) {
        List<String> tags = new ArrayList<>(profile.tags());
        tags.add("Use Case: Threat Detection");
        tags.add("Tactic: " + attack.tactic().name());
        tags.add("Resources: Investigation Guide");
        return tags;
    }
}
