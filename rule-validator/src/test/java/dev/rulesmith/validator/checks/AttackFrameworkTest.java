package dev.rulesmith.validator.checks;

import static dev.rulesmith.validator.checks.CheckTester.assertClean;
import static dev.rulesmith.validator.checks.CheckTester.assertFindings;
import static dev.rulesmith.validator.checks.CheckTester.replace;
import static dev.rulesmith.validator.checks.CheckTester.seedRule;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rulesmith.validator.finding.Finding;
import dev.rulesmith.validator.finding.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttackFrameworkTest {

    private final AttackFramework check = new AttackFramework();

    @Test
    void reportsAnUnknownFrameworkWithASuggestion() {
        assertFindings(check, replace(seedRule(), "framework = \"MITRE ATT&CK\"", "framework = \"MITRE ATTACK\" "
                + "# expect[attack-framework]: rule.threat[0].framework: 'MITRE ATTACK' is not a supported framework: "
                + "use 'MITRE ATT&CK' (validated against ATT&CK v18.1) or 'MITRE ATLAS' "
                + "(did you mean 'MITRE ATT&CK'?)"));
    }

    @Test
    void reportsAMissingFrameworkAtItsThreatEntry() {
        assertFindings(check, replace(seedRule(), "[[rule.threat]]\nframework = \"MITRE ATT&CK\"\n",
                "[[rule.threat]] # expect[attack-framework]: rule.threat[0] has no framework: "
                        + "add framework = \"MITRE ATT&CK\" (validated against ATT&CK v18.1)\n"));
    }

    @Test
    void notesAnAtlasMappingAsNotValidated() {
        String toml = replace(seedRule(), "framework = \"MITRE ATT&CK\"", "framework = \"MITRE ATLAS\" "
                + "# expect[attack-framework]: rule.threat[0].framework: 'MITRE ATLAS' is accepted but not validated: "
                + "only ATT&CK v18.1 is bundled");
        assertFindings(check, toml);
        assertEquals(List.of(Severity.NOTE), CheckTester.run(check, toml).stream().map(Finding::severity).toList());
    }

    @Test
    void acceptsTheSeedRule() {
        assertClean(check, seedRule());
    }
}
