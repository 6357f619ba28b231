package dev.rulesmith.validator.checks;

import dev.rulesmith.validator.check.Profile;
import dev.rulesmith.validator.check.RuleCheck;
import dev.rulesmith.validator.check.RuleContext;
import dev.rulesmith.validator.finding.Finding;
import dev.rulesmith.validator.finding.Severity;
import dev.rulesmith.validator.model.KeyPath;
import dev.rulesmith.validator.model.RuleFile;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Elastic convention: metadata.min_stack_version is not below the oldest stack detection-rules still supports, the
 * lowest version of its etc/stack-schema-map.yaml (8.19.0 at the reference commit 14cf530; older entries are commented
 * out there), as its test_min_stack_version_supported requires.
 */
public final class MinStackFloor implements RuleCheck {

    static final String FLOOR = "8.19.0";
    private static final Pattern VERSION = Pattern.compile("\\d{1,9}(\\.\\d{1,9}){0,2}");
    private static final KeyPath MIN_STACK = KeyPath.parse("metadata.min_stack_version");

    @Override
    public String id() {
        return "min-stack-floor";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "metadata.min_stack_version must not be below the oldest supported stack, " + FLOOR + ".";
    }

    @Override
    public Set<Profile> profiles() {
        return Profile.ELASTIC_ONLY;
    }

    @Override
    public List<Finding> check(RuleContext context) {
        RuleFile rule = context.rule();
        Optional<String> version = rule.string("metadata.min_stack_version").filter(v -> VERSION.matcher(v).matches());
        if (RuleFacts.deprecated(rule) || version.isEmpty() || compare(version.get(), FLOOR) >= 0) {
            return List.of();
        }
        return List.of(finding(rule, MIN_STACK, "min_stack_version " + version.get() + " is below " + FLOOR
                + ", the oldest stack detection-rules supports: raise it to " + FLOOR + " or remove it"));
    }

    /** Compares dotted versions numerically, missing parts counting as 0. */
    static int compare(String a, String b) {
        int[] x = parts(a);
        int[] y = parts(b);
        return Arrays.compare(x, y);
    }

    private static int[] parts(String version) {
        int[] parts = new int[3];
        String[] split = version.split("\\.");
        for (int i = 0; i < Math.min(3, split.length); i++) {
            parts[i] = Integer.parseInt(split[i]);
        }
        return parts;
    }
}
