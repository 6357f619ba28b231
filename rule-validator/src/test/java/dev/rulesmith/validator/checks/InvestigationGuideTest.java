package dev.rulesmith.validator.checks;

import static dev.rulesmith.validator.checks.CheckTester.assertClean;
import static dev.rulesmith.validator.checks.CheckTester.assertFindings;
import static dev.rulesmith.validator.checks.CheckTester.replace;
import static dev.rulesmith.validator.checks.CheckTester.seedRule;

import org.junit.jupiter.api.Test;

class InvestigationGuideTest {

    private static final String NOTE = "note = \"\"\"## Setup";

    private final InvestigationGuide check = new InvestigationGuide();

    @Test
    void reportsAHighRuleWithoutTriageAndAnalysis() {
        assertFindings(check, replace(replace(seedRule(), "severity = \"low\"", "severity = \"high\""), NOTE,
                "# expect(+1)[investigation-guide]: a high rule needs an investigation guide: add a '## Triage and "
                        + "analysis' section to rule.note\n" + NOTE));
    }

    @Test
    void reportsAnInvestigatingHeadingWithoutTheRuleName() {
        assertFindings(check, replace(seedRule(), NOTE, "note = \"\"\"## Triage and analysis\n\n### Investigating "
                + "Security Groups\n# expect(-1)[investigation-guide]: rule.note: the guide's heading must name the "
                + "rule\n\n## Setup"));
    }

    @Test
    void acceptsAGuideAndExemptsLowRulesAndBuildingBlocks() {
        assertClean(check, seedRule());
        String guide = "note = \"\"\"## Triage and analysis\n\n### Investigating AWS Security Group Configuration "
                + "Change Detection\n\n## Setup";
        assertClean(check, replace(replace(seedRule(), "severity = \"low\"", "severity = \"critical\""), NOTE, guide));
        assertClean(check, replace(replace(seedRule(), "severity = \"low\"", "severity = \"high\""),
                "type = \"query\"", "type = \"query\"\nbuilding_block_type = \"default\""));
    }
}
