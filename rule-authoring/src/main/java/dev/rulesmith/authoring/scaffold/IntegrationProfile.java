package dev.rulesmith.authoring.scaffold;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a scaffolded rule reads for an integration: index patterns (and the ES|QL source), the {@code event.dataset}
 * its query narrows to, the Domain and Data Source tags the tag checks expect, and the index of the fixture events.
 * The sample integration ({@code aws}: CloudTrail) is known; any other gets {@code logs-<integration>*} and a Data
 * Source tag named after it.
 */
record IntegrationProfile(List<String> index, String esqlSource, Optional<String> dataset, List<String> tags,
                          String fixtureIndex) {

    static IntegrationProfile of(String integration) {
        if (integration.equals("aws")) {
            return new IntegrationProfile(List.of("filebeat-*", "logs-aws.cloudtrail-*"), "logs-aws.cloudtrail-*",
                    Optional.of("aws.cloudtrail"), List.of("Domain: Cloud", "Data Source: AWS",
                    "Data Source: Amazon Web Services", "Data Source: AWS CloudTrail"), "logs-aws.cloudtrail-default");
        }
        String pattern = "logs-" + integration + "*";
        return new IntegrationProfile(List.of(pattern), pattern, Optional.empty(),
                List.of("Data Source: " + title(integration)), "logs-" + integration + ".events-default");
    }

    /** {@code google_workspace} → {@code Google Workspace}. */
    private static String title(String integration) {
        StringBuilder out = new StringBuilder();
        for (String word : integration.split("_")) {
            if (!word.isEmpty()) {
                out.append(out.length() == 0 ? "" : " ").append(word.substring(0, 1).toUpperCase(Locale.ROOT))
                        .append(word.substring(1));
            }
        }
        return out.toString();
    }
}
