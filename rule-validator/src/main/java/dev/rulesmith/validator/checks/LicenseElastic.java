package dev.rulesmith.validator.checks;

import dev.rulesmith.validator.check.Profile;
import dev.rulesmith.validator.check.RuleCheck;
import dev.rulesmith.validator.check.RuleContext;
import dev.rulesmith.validator.finding.Finding;
import dev.rulesmith.validator.finding.Severity;
import dev.rulesmith.validator.model.KeyPath;
import dev.rulesmith.validator.model.RuleFile;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Elastic convention: Elastic's rules are licensed "Elastic License v2", spelled exactly so (detection-rules'
 * test_elastic_license_only_v2 checks every licence naming the Elastic License; this profile requires it outright).
 */
public final class LicenseElastic implements RuleCheck {

    static final String ELASTIC_V2 = "Elastic License v2";
    private static final KeyPath LICENSE = KeyPath.parse("rule.license");

    @Override
    public String id() {
        return "license-elastic";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "rule.license must be exactly \"Elastic License v2\".";
    }

    @Override
    public Set<Profile> profiles() {
        return Profile.ELASTIC_ONLY;
    }

    @Override
    public List<Finding> check(RuleContext context) {
        RuleFile rule = context.rule();
        Optional<String> license = rule.string("rule.license").filter(l -> !l.isBlank());
        if (license.isEmpty() || license.get().equals(ELASTIC_V2)) {
            return List.of();
        }
        return List.of(finding(rule, LICENSE, "license '" + license.get() + "' must be \"" + ELASTIC_V2 + "\""));
    }
}
