package dev.rulesmith.validator.checks;

import static dev.rulesmith.validator.checks.CheckTester.assertClean;
import static dev.rulesmith.validator.checks.CheckTester.assertFindings;
import static dev.rulesmith.validator.checks.CheckTester.replace;
import static dev.rulesmith.validator.checks.CheckTester.seedRule;

import org.junit.jupiter.api.Test;

class NoteSetupTest {

    private static final String NOTE = "note = \"\"\"## Setup";

    private final NoteSetup check = new NoteSetup();

    @Test
    void reportsAMisleveledOrMiscasedSetupHeading() {
        assertFindings(check, replace(seedRule(), NOTE, "note = \"\"\"\n### Setup\n"
                + "# expect(-1)[note-setup]: rule.note: setup heading at level 3: write it as '## Setup'"));
        assertFindings(check, replace(seedRule(), NOTE, "note = \"\"\"## setup\n"
                + "# expect(-1)[note-setup]: setup heading 'setup' must be spelled 'Setup'"));
    }

    @Test
    void reportsAConfigHeadingAndSetupWrittenTwice() {
        assertFindings(check, replace(seedRule(), NOTE, "note = \"\"\"## Configuration\n"
                + "# expect(-1)[note-setup]: level-2 heading 'Configuration' in note\n## Setup"));
        assertFindings(check, replace(replace(seedRule(), NOTE, NOTE + "\n# expect(-1)[note-setup]: setup is written "
                + "twice, in note and in rule.setup"), "risk_score = 21", "risk_score = 21\nsetup = \"Install it.\""));
    }

    @Test
    void acceptsASetupSectionAndHeadingsInCode() {
        assertClean(check, seedRule());
        assertClean(check, replace(seedRule(), NOTE, "note = \"\"\"```\n### setup\n## config\n```\n## Setup"));
    }
}
