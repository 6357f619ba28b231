package dev.rulesmith.docs;

import dev.rulesmith.validator.check.ReferenceData;
import dev.rulesmith.validator.check.RuleContext;
import dev.rulesmith.validator.engine.RuleRepository;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Builds small rule directories in a test's temporary directory, starting from the seed rule. */
final class RuleInputs {

    private RuleInputs() {
    }

    static String seed() {
        try {
            return Files.readString(SampleSite.input().resolve("rules/integrations/aws/"
                    + "persistence_ec2_security_group_configuration_change_detection.toml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The seed rule with one TOML line (matched whole, from its key) replaced. */
    static String seedWith(String key, String replacement) {
        String seed = seed();
        int start = seed.indexOf("\n" + key + " = ") + 1;
        if (start == 0) {
            throw new IllegalArgumentException("no key " + key + " in the seed rule");
        }
        int end = seed.indexOf('\n', start);
        String line = seed.substring(start, end);
        String close = line.contains("'''") ? "'''" : "\"\"\"";
        if (line.split(close, -1).length != 2) {
            return seed.substring(0, start) + replacement + seed.substring(end);
        }
        int closing = seed.indexOf(close, start + line.indexOf(close) + 3);
        return seed.substring(0, start) + replacement + seed.substring(closing + 3);
    }

    static Path write(Path rulesDirectory, String relative, String toml) {
        try {
            Path file = rulesDirectory.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, toml, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<RuleContext> load(Path rulesDirectory) {
        return RuleRepository.load(rulesDirectory, ReferenceData.bundled());
    }

    static DocsRequest request(Path rulesDirectory, Path output) {
        return new DocsRequest(load(rulesDirectory), rulesDirectory.resolveSibling("fixtures"), Optional.empty(),
                Optional.empty(), output);
    }
}
