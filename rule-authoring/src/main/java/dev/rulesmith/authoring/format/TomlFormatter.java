package dev.rulesmith.authoring.format;

import org.tomlj.Toml;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;

/**
 * The canonical formatter for rule files: the layout elastic/detection-rules' toml-lint writes (see
 * {@link CanonicalWriter}), keeping every comment and every multi-line string (queries above all) byte for byte.
 * Idempotent, and it never changes a value: the result is parsed again and compared with the source, value by value.
 */
public final class TomlFormatter {

    private TomlFormatter() {
    }

    /**
     * The canonical form of {@code source}.
     *
     * @throws TomlFormatException when the source is not valid TOML (at the first error's line and column)
     */
    public static String format(String source) {
        TomlParseResult before = parse(source);
        String formatted = CanonicalWriter.write(TomlReader.read(source));
        TomlParseResult after = Toml.parse(formatted);
        if (after.hasErrors() || !TomlValues.of(after).equals(TomlValues.of(before))) {
            throw new TomlFormatException(1, 1, "the canonical layout would change a value of this file; it is left"
                    + " as it is (a formatter defect: please report it with the file)");
        }
        return formatted;
    }

    private static TomlParseResult parse(String source) {
        TomlParseResult result = Toml.parse(source);
        if (result.hasErrors()) {
            TomlParseError error = result.errors().get(0);
            throw new TomlFormatException(error.position().line(), error.position().column(),
                    "invalid TOML: " + error.getMessage());
        }
        return result;
    }
}
