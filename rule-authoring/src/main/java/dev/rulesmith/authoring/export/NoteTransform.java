package dev.rulesmith.authoring.export;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tomlj.TomlArray;
import org.tomlj.TomlTable;

/**
 * A rule's {@code [transform]} section applied to its investigation guide, as detection-rules'
 * {@code process_transforms} does: each {@code [[transform.osquery]]} and {@code [[transform.investigate]]} entry
 * becomes the Markdown plugin text {@code !{osquery{...}}} (the entry as compact JSON with sorted keys), and the note
 * is filled in as Python's {@code string.Template.safe_substitute}: {@code $osquery_0} / {@code ${osquery_0}} by
 * the first entry, and so on, {@code $$} by {@code $}; other placeholders stay as written.
 */
final class NoteTransform {

    private static final List<String> PLUGINS = List.of("osquery", "investigate");

    /** Python's {@code Template.pattern} (ASCII identifiers, case-insensitive). */
    private static final Pattern PLACEHOLDER =
            Pattern.compile("\\$(?:(\\$)|([_a-zA-Z][_a-zA-Z0-9]*)|\\{([_a-zA-Z][_a-zA-Z0-9]*)\\}|())");

    private NoteTransform() {
    }

    /** The note with the transform's plugins filled in; the note as it is without a transform. */
    static String apply(String note, Optional<TomlTable> transform) {
        if (transform.isEmpty() || note.isEmpty()) {
            return note;
        }
        Map<String, String> rendered = new HashMap<>();
        for (String plugin : PLUGINS) {
            TomlArray entries = transform.get().getArray(plugin);
            for (int i = 0; entries != null && i < entries.size(); i++) {
                String json = PythonJson.dumpsCompact(TomlValues.raw(entries.get(i)));
                rendered.put(plugin + "_" + i, "!{" + plugin + json + "}");
            }
        }
        return substitute(note, rendered);
    }

    private static String substitute(String note, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(note);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(2) != null ? m.group(2) : m.group(3);
            String replacement;
            if (m.group(1) != null) {
                replacement = "$";
            } else if (name != null && values.containsKey(name)) {
                replacement = values.get(name);
            } else {
                replacement = m.group();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
