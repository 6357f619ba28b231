package dev.rulesmith.maven;

import dev.rulesmith.validator.attack.AttackCatalog;
import dev.rulesmith.validator.check.Profile;
import dev.rulesmith.validator.check.ReferenceData;
import dev.rulesmith.validator.engine.Suppressions;
import dev.rulesmith.validator.engine.SuppressionsException;
import dev.rulesmith.validator.engine.ValidatorConfig;
import dev.rulesmith.validator.fields.FieldSchema;
import dev.rulesmith.validator.fields.FieldSchemas;
import dev.rulesmith.validator.finding.Severity;
import java.io.File;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;

/** Turns the plugin's check configuration into the validator's types, naming the POM element on bad input. */
final class DetectionSettings {

    private DetectionSettings() {
    }

    static ValidatorConfig config(Map<String, String> checkSeverities, String failThreshold)
            throws MojoExecutionException {
        Map<String, Severity> severities = new HashMap<>();
        Set<String> disabled = new HashSet<>();
        for (Map.Entry<String, String> entry : checkSeverities.entrySet()) {
            String value = entry.getValue() == null ? "" : entry.getValue().trim().toLowerCase(Locale.ROOT);
            if (value.equals("off")) {
                disabled.add(entry.getKey());
            } else {
                severities.put(entry.getKey(), parseSeverity(value, "<checkSeverities><" + entry.getKey() + ">"));
            }
        }
        try {
            return new ValidatorConfig(severities, disabled, parseSeverity(failThreshold, "<failThreshold>"));
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("Invalid <checkSeverities>: " + e.getMessage(), e);
        }
    }

    static Profile profile(String name) throws MojoExecutionException {
        try {
            return name == null ? Profile.DEFAULT : Profile.parse(name);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("<profile> (detection.profile): " + e.getMessage(), e);
        }
    }

    /** The suppressions of the repository configuration file, or none when it does not exist. */
    static Suppressions suppressions(File file) throws MojoExecutionException {
        if (file == null || !file.isFile()) {
            return Suppressions.NONE;
        }
        try {
            return Suppressions.load(file.toPath());
        } catch (SuppressionsException | UncheckedIOException e) {
            throw new MojoExecutionException("<suppressions> (detection.suppressions) " + file + ":\n"
                    + e.getMessage(), e);
        }
    }

    static ReferenceData reference(File attackCatalog, List<File> fieldDefinitions) throws MojoExecutionException {
        return new ReferenceData(catalog(attackCatalog), fields(fieldDefinitions));
    }

    private static AttackCatalog catalog(File attackCatalog) throws MojoExecutionException {
        if (attackCatalog == null) {
            return AttackCatalog.bundled();
        }
        if (!attackCatalog.isFile()) {
            throw new MojoExecutionException("<attackCatalog> (detection.attackCatalog): no such file " + attackCatalog);
        }
        try {
            return AttackCatalog.load(attackCatalog.toPath());
        } catch (IllegalArgumentException | UncheckedIOException e) {
            throw new MojoExecutionException("<attackCatalog> (detection.attackCatalog): " + e.getMessage(), e);
        }
    }

    private static FieldSchemas fields(List<File> definitions) throws MojoExecutionException {
        List<FieldSchema> own = new ArrayList<>();
        for (File file : definitions) {
            if (!file.isFile()) {
                throw new MojoExecutionException("<fieldDefinitions> (detection.fieldDefinitions): no such file " + file);
            }
            try {
                own.add(FieldSchemas.load(file.toPath()));
            } catch (IllegalArgumentException e) {
                throw new MojoExecutionException("<fieldDefinitions> (detection.fieldDefinitions): " + e.getMessage(), e);
            }
        }
        return own.isEmpty() ? FieldSchemas.bundled() : FieldSchemas.bundled().with(own);
    }

    static void requireDirectory(File directory, String element) throws MojoExecutionException {
        if (directory == null || !directory.isDirectory()) {
            throw new MojoExecutionException(element + ": no such directory " + directory);
        }
    }

    /**
     * The report formats a goal writes, checked against the ones it knows.
     *
     * @throws MojoExecutionException naming the element when a format is unknown
     */
    static Set<String> formats(List<String> configured, Set<String> known, String element)
            throws MojoExecutionException {
        Set<String> formats = new HashSet<>();
        for (String format : configured) {
            String name = format.trim().toLowerCase(Locale.ROOT);
            if (!known.contains(name)) {
                throw new MojoExecutionException(element + ": unknown report format '" + format + "' (known: "
                        + known.stream().sorted().toList() + ")");
            }
            formats.add(name);
        }
        return Set.copyOf(formats);
    }

    /** How paths under {@code directory} are shown: relative to {@code basedir} when inside it, else absolute. */
    static String displayPrefix(File basedir, File directory) {
        Path base = basedir.toPath().toAbsolutePath().normalize();
        Path dir = directory.toPath().toAbsolutePath().normalize();
        String shown = dir.startsWith(base) ? base.relativize(dir).toString() : dir.toString();
        return shown.isEmpty() ? "" : shown.replace('\\', '/') + "/";
    }

    private static Severity parseSeverity(String text, String element) throws MojoExecutionException {
        try {
            return Severity.parse(text);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(element + ": " + e.getMessage() + " or off", e);
        }
    }
}
