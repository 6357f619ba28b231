package dev.rulesmith.validator.checks;

import static dev.rulesmith.validator.checks.CheckTester.assertClean;
import static dev.rulesmith.validator.checks.CheckTester.assertFindings;
import static dev.rulesmith.validator.checks.CheckTester.replace;
import static dev.rulesmith.validator.checks.CheckTester.seedRule;

import org.junit.jupiter.api.Test;

class TransformPlaceholderRangeTest {

    private static final String NOTE = "note = \"\"\"## Setup";
    private static final String ENTRY = "\n[[transform.investigate]]\nlabel = \"Alerts\"\nproviders = []\n";

    private final TransformPlaceholderRange check = new TransformPlaceholderRange();

    @Test
    void reportsAPlaceholderBeyondTheEntries() {
        String note = replace(seedRule(), NOTE, NOTE + "\n- $investigate_1\n- $investigate_2");
        assertFindings(check, replace(note, "references = [", "# expect(-3)[transform-placeholder-range]: placeholder "
                + "'$investigate_2' has no entry: [[transform.investigate]] has 2 entries (numbered from 0); "
                + "$investigate_0 is never placed\nreferences = [") + ENTRY + ENTRY);
    }

    @Test
    void acceptsPlaceholdersOfExistingEntries() {
        assertClean(check, replace(seedRule(), NOTE, NOTE + "\n- $investigate_0\n- $investigate_1") + ENTRY + ENTRY);
        assertClean(check, seedRule());
    }
}
