package dev.rulesmith.validator.check;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The catalogue of checks as a Markdown table: id (linked to its documentation page), default severity, profiles,
 * whether it runs by default, and its summary, in registry order. {@code rule-validator/CHECKS.md} is this text.
 */
public final class CheckCatalogue {

    /** Where the documentation pages sit, relative to the {@code rule-validator} module. */
    static final String DOC_DIRECTORY = "src/main/resources/dev/rulesmith/validator/checks/";

    private CheckCatalogue() {
    }

    /** The catalogue of {@code checks}, with a header naming how it is generated. */
    public static String markdown(List<Check> checks) {
        StringBuilder out = new StringBuilder()
                .append("# Rulesmith checks\n\n")
                .append("Every check of the validator, generated from the check registry (`Checks`) by\n")
                .append("`mvn -o -pl rule-validator test -Dtest=CheckCatalogueTest -Drulesmith.updateGolden=true`;")
                .append(" do not edit by\nhand. Each id links to the check's page: what it checks, why, an example,")
                .append(" how to fix and how to\nconfigure it. ")
                .append(checks.size()).append(" checks.\n\n")
                .append("| Check | Default severity | Profiles | On by default | Summary |\n")
                .append("|---|---|---|---|---|\n");
        for (Check check : checks) {
            out.append("| [`").append(check.id()).append("`](").append(DOC_DIRECTORY).append(check.id())
                    .append(".md) | ").append(check.defaultSeverity().name().toLowerCase(Locale.ROOT))
                    .append(" | ").append(profiles(check))
                    .append(" | ").append(check.defaultEnabled() ? "yes" : "no (opt-in)")
                    .append(" | ").append(cell(check.summary())).append(" |\n");
        }
        return out.toString();
    }

    private static String profiles(Check check) {
        return Arrays.stream(Profile.values()).filter(check.profiles()::contains).map(Profile::configName)
                .collect(Collectors.joining(", "));
    }

    /** Text safe inside a table cell: pipes escaped, line breaks flattened. */
    private static String cell(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace('\n', ' ');
    }
}
