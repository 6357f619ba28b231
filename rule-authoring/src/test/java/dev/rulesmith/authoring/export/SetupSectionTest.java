package dev.rulesmith.authoring.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SetupSectionTest {

    @Test
    void setupAfterTheGuideIsMovedOut() {
        SetupSection split = SetupSection.split("## Triage and analysis\n\n- Look at `source.ip`.\n\n## Setup\n\n"
                + "Needs the `aws` integration\nwith CloudTrail.\n\nOr Filebeat.").orElseThrow();
        assertEquals("## Triage and analysis\n\n- Look at `source.ip`.", split.note());
        assertEquals("Needs the `aws` integration\nwith CloudTrail.\n\nOr Filebeat.", split.setup());
    }

    @Test
    void setupEndsAtTheNextHeadingOfLevelTwoOrDeeper() {
        SetupSection split = SetupSection.split("## Setup\n\nInstall it.\n\n### Response\n\nIsolate.").orElseThrow();
        assertEquals("Install it.", split.setup());
        assertEquals("### Response\n\nIsolate.", split.note());
    }

    @Test
    void aNoteWithoutSetupStaysWhole() {
        assertTrue(SetupSection.split("## Triage and analysis\n\nLook.").isEmpty());
    }
}
