package dev.rulesmith.validator.model;

import dev.rulesmith.validator.toml.TomlReadException;
import dev.rulesmith.validator.toml.TomlReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.tomlj.Toml;

/** Finds and loads rule files. */
public final class RuleLoader {

    private RuleLoader() {
    }

    /** Every {@code *.toml} file under a directory, sorted by path. */
    public static List<Path> discover(Path rulesDirectory) {
        return discover(rulesDirectory, RuleSelection.ALL);
    }

    /** The selected {@code *.toml} files under a directory (symbolic links followed), sorted by path. */
    public static List<Path> discover(Path rulesDirectory, RuleSelection selection) {
        if (!Files.isDirectory(rulesDirectory)) {
            throw new IllegalArgumentException("rules directory does not exist: " + rulesDirectory);
        }
        try (Stream<Path> files = Files.walk(rulesDirectory, FileVisitOption.FOLLOW_LINKS)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName().toString().endsWith(".toml"))
                    .filter(file -> selection.selects(displayPath(rulesDirectory, file)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list rules under " + rulesDirectory, e);
        }
    }

    /** Loads one rule; its display path is relative to {@code base}, with forward slashes. */
    public static RuleFile load(Path base, Path file) {
        try {
            String source = Files.readString(file, StandardCharsets.UTF_8);
            return parse(displayPath(base, file), source);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rule " + file, e);
        }
    }

    /**
     * Parses one rule's source with {@link TomlReader}; a source it refuses is parsed again by tomlj, which recovers
     * from errors and so reports every one of them, with the messages the {@code toml-syntax} check prints.
     */
    public static RuleFile parse(String displayPath, String source) {
        try {
            return new RuleFile(displayPath, source, TomlReader.read(source));
        } catch (TomlReadException e) {
            return new RuleFile(displayPath, source, Toml.parse(source));
        }
    }

    public static String displayPath(Path base, Path file) {
        Path relative = base == null ? file : base.toAbsolutePath().normalize()
                .relativize(file.toAbsolutePath().normalize());
        return relative.toString().replace('\\', '/');
    }
}
