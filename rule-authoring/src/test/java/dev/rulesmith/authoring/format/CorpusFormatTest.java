package dev.rulesmith.authoring.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rulesmith.validator.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.tomlj.Toml;

/**
 * The formatter over the 1,102 production rules of elastic/detection-rules: no value changes, query text stays
 * byte for byte, formatting twice is formatting once, and the files that are toml-lint's exact output stay as they
 * are: 177 of them. The other 925 are not what {@code rule_formatter.toml_write} writes, so toml-lint would rewrite
 * them too: 704 follow another blank-line convention (a blank line before every {@code [[rule.threat...]]} and
 * {@code [rule.threat.tactic]} header, none before the query, none at the end; 298 differ in nothing else), and the
 * rest were edited by hand after toml-lint (keys or tables out of order, arrays not in toml-lint's layout, a table
 * header missing, long strings not wrapped).
 */
class CorpusFormatTest {

    private static final Pattern QUERY = Pattern.compile("(?ms)^query = ('''.*?'''|\"\"\".*?\"\"\")");
    private static final Pattern DESCRIPTION = Pattern.compile("(?ms)^description = \"\"\"\n(.*?)\"\"\"$");
    private static final int TOML_LINT_IDENTICAL = 177;
    private static final int TOML_LINT_WRAPPED = 799;

    @Test
    void formattingKeepsValuesAndQueriesAndIsIdempotent() throws IOException {
        int identical = 0;
        List<Path> files = corpus();
        for (Path file : files) {
            String source = Files.readString(file);
            String once = TomlFormatter.format(source);
            assertEquals(TomlValues.of(Toml.parse(source)), TomlValues.of(Toml.parse(once)), file.toString());
            assertEquals(once, TomlFormatter.format(once), "format twice = format once: " + file);
            Matcher query = QUERY.matcher(source);
            while (query.find()) {
                assertTrue(once.contains(query.group()), "query text kept byte for byte: " + file);
            }
            identical += once.equals(source) ? 1 : 0;
        }
        assertEquals(1102, files.size());
        assertTrue(identical >= TOML_LINT_IDENTICAL, identical + " byte-identical files, expected at least "
                + TOML_LINT_IDENTICAL);
    }

    /**
     * A description toml-lint wrapped (799 of the 1,062 written as a block are textwrap's exact lines, at least two of
     * them; the others were edited by hand), written on one line with its blanks collapsed, wraps into the same lines,
     * each ending with a line-ending backslash.
     */
    @Test
    void descriptionsWrapIntoToml_lintsLines() throws IOException {
        int same = 0;
        for (Path file : corpus()) {
            String source = Files.readString(file);
            Matcher block = DESCRIPTION.matcher(source);
            if (block.find()) {
                String text = String.join(" ", Toml.parse(source).getString("rule.description").strip().split("\\s+"));
                String formatted = TomlFormatter.format("[rule]\ndescription = " + TomlStrings.key(text) + "\n");
                same += formatted.replace(" \\\n", "\n").replace("\\\n", "\n")
                        .equals("[rule]\ndescription = \"\"\"\n" + block.group(1) + "\"\"\"\n\n") ? 1 : 0;
            }
        }
        assertTrue(same >= TOML_LINT_WRAPPED, same + " descriptions wrapped as toml-lint did, expected at least "
                + TOML_LINT_WRAPPED);
    }

    private static List<Path> corpus() throws IOException {
        Path root = SharedData.require("corpus/detection-rules");
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".toml")).sorted().toList();
        }
    }
}
