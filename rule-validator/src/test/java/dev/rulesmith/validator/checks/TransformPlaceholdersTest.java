package dev.rulesmith.validator.checks;

import static dev.rulesmith.validator.checks.CheckTester.assertClean;
import static dev.rulesmith.validator.checks.CheckTester.assertFindings;
import static dev.rulesmith.validator.checks.CheckTester.replace;
import static dev.rulesmith.validator.checks.CheckTester.seedRule;

import org.junit.jupiter.api.Test;

class TransformPlaceholdersTest {

    private static final String NOTE = "note = \"\"\"## Setup";
    private static final String OSQUERY = "\n[[transform.osquery]]\nlabel = \"Processes\"\n"
            + "query = \"SELECT * FROM processes\"\n";

    private final TransformPlaceholders check = new TransformPlaceholders();

    private static String rule(String noteStart, String transform) {
        return replace(seedRule(), NOTE, noteStart) + transform;
    }

    @Test
    void reportsEntriesAndPlaceholdersThatDoNotPair() {
        assertFindings(check, rule(NOTE, OSQUERY.replace("[[transform.osquery]]", "[[transform.osquery]] "
                + "# expect[transform-placeholders]: [[transform.osquery]] has 1 entry but rule.note places 0")));
        assertFindings(check, rule("note = \"\"\"## Setup\nRun $osquery_0 and ${osquery_1}.", OSQUERY.replace(
                "[[transform.osquery]]", "[[transform.osquery]] # expect[transform-placeholders]: has 1 entry but "
                        + "rule.note places 2 [$osquery_0, $osquery_1]")));
    }

    @Test
    void reportsPlaceholdersWithoutTransformAndInlinePlugins() {
        assertFindings(check, rule("note = \"\"\"## Setup\nRun $osquery_0.\n# expect(-1)[transform-placeholders]: "
                + "placeholder '$osquery_0' but the rule has no [transform]", ""));
        assertFindings(check, rule("note = \"\"\"## Setup\n!{osquery{\"label\":\"x\"}}\n"
                + "# expect(-1)[transform-placeholders]: written inline: move it to a [[transform.osquery]] "
                + "entry", ""));
    }

    @Test
    void acceptsOnePlaceholderPerEntryAndEscapedDollars() {
        assertClean(check, seedRule());
        assertClean(check, rule("note = \"\"\"## Setup\nRun $osquery_0; costs $$5 or $$each_one.", OSQUERY));
    }
}
