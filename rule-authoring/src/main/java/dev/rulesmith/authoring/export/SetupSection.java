package dev.rulesmith.authoring.export;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The setup guide separated from the investigation guide, as detection-rules' {@code _convert_add_setup} does for a
 * note holding {@code ## Setup}: the setup is the text under the first heading naming "Setup", up to the next heading
 * of level two or deeper; the note keeps the rest, with {@code "## Setup\n\n"} and the setup text removed and the
 * result stripped. Markdown inside the setup section is kept as written (detection-rules re-renders it and drops
 * list markers, emphasis and link targets), so rules whose setup holds such markup hash differently there.
 */
record SetupSection(String note, String setup) {

    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*)$");

    /** The note split in two, or empty when it holds no {@code ## Setup} section. */
    static Optional<SetupSection> split(String note) {
        if (!note.contains("## Setup")) {
            return Optional.empty();
        }
        List<String> lines = note.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            Matcher heading = HEADING.matcher(lines.get(i));
            if (heading.matches() && heading.group(2).contains("Setup")) {
                String setup = String.join("\n", lines.subList(i + 1, end(lines, i + 1))).strip();
                String rest = note.replace("## Setup\n\n", "").replace(setup, "").strip();
                return Optional.of(new SetupSection(rest, setup));
            }
        }
        return Optional.empty();
    }

    /** The index of the first heading of level two or deeper from {@code from} on, or the end. */
    private static int end(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            Matcher heading = HEADING.matcher(lines.get(i));
            if (heading.matches() && heading.group(1).length() >= 2) {
                return i;
            }
        }
        return lines.size();
    }
}
