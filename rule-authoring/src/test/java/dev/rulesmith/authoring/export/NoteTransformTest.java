package dev.rulesmith.authoring.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A rule's {@code [transform]} section filled into its note as detection-rules' {@code process_transforms} does. */
class NoteTransformTest {

    private static final ApiFormat FORMAT = ApiFormat.bundled();

    private static final String TRANSFORM = "\n[transform]\n[[transform.osquery]]\n"
            + "label = \"Osquery - Retrieve All Services\"\n"
            + "query = \"SELECT description, display_name, name, path, pid, service_type, start_type, status,"
            + " user_account FROM services\"\n\n"
            + "[[transform.investigate]]\nlabel = \"Alerts for the host\"\n"
            + "providers = [[{excluded = false, field = \"host.name\", queryType = \"phrase\","
            + " value = \"{{host.name}}\", valueType = \"string\"}]]\n"
            + "relativeFrom = \"now-48h/h\"\nrelativeTo = \"now\"\n";

    private static String note(String noteText) {
        Map<String, Object> api = FORMAT.of(Rules.context("aws/transform.toml", withNote(noteText) + TRANSFORM));
        return (String) api.get("note");
    }

    /** The seed rule with its note replaced. */
    private static String withNote(String noteText) {
        String toml = Rules.seedToml();
        int start = toml.indexOf("note = \"\"\"");
        int end = toml.indexOf("\"\"\"", start + 10) + 3;
        return toml.substring(0, start) + "note = '''" + noteText + "'''" + toml.substring(end);
    }

    /** The osquery text is the one in Elastic's package for "System Shells via Services" (rule 0022d47d, v423). */
    @Test
    void pluginsAreRenderedAsCompactSortedJson() {
        assertEquals("- !{osquery{\"label\":\"Osquery - Retrieve All Services\",\"query\":\"SELECT description,"
                + " display_name, name, path, pid, service_type, start_type, status, user_account FROM services\"}}",
                note("- $osquery_0"));
        assertEquals("!{investigate{\"label\":\"Alerts for the host\",\"providers\":[[{\"excluded\":false,"
                + "\"field\":\"host.name\",\"queryType\":\"phrase\",\"value\":\"{{host.name}}\",\"valueType\":"
                + "\"string\"}]],\"relativeFrom\":\"now-48h/h\",\"relativeTo\":\"now\"}}", note("${investigate_0}"));
    }

    @Test
    void otherPlaceholdersStayAndDoubleDollarsCollapse() {
        assertEquals("$osquery_1 $env:TEMP $HOME costs $5 and $", note("$osquery_1 $env:TEMP $HOME costs $5 and $$"));
    }

    @Test
    void withoutTransformTheNoteIsAsWritten() {
        String toml = withNote("costs $$5 $osquery_0");
        assertEquals("costs $$5 $osquery_0", FORMAT.of(Rules.context("aws/plain.toml", toml)).get("note"));
    }
}
