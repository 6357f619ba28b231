package dev.rulesmith.validator.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes {@code rule-validator/CHECKS.md} from the check registry. Run by {@link CheckCatalogueTest} with
 * {@code -Drulesmith.updateGolden=true}, or as a program with the file to write as its argument.
 */
public final class CheckCatalogueGenerator {

    private CheckCatalogueGenerator() {
    }

    /** The catalogue file of the module the tests run in (Maven's {@code basedir}). */
    static Path catalogueFile() {
        return Path.of(System.getProperty("basedir", "")).toAbsolutePath().resolve("CHECKS.md");
    }

    /** The catalogue as the registry renders it now. */
    static String render() {
        return CheckCatalogue.markdown(Checks.all());
    }

    static void write(Path file) throws IOException {
        Files.writeString(file, render(), StandardCharsets.UTF_8);
    }

    public static void main(String[] args) throws IOException {
        Path file = args.length > 0 ? Path.of(args[0]) : catalogueFile();
        write(file);
        System.out.println("wrote " + file);
    }
}
