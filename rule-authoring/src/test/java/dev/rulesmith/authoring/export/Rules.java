package dev.rulesmith.authoring.export;

import dev.rulesmith.validator.check.ReferenceData;
import dev.rulesmith.validator.check.RuleContext;
import dev.rulesmith.validator.model.RuleLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test rules: the validator's seed rule (Elastic's "AWS Security Group Configuration Change Detection") and variants. */
public final class Rules {

    private static final ReferenceData REFERENCE = ReferenceData.bundled();

    private Rules() {
    }

    public static String seedToml() {
        try (InputStream in = Rules.class.getResourceAsStream("/dev/rulesmith/validator/seed-rule.toml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static RuleContext context(String path, String toml) {
        return RuleContext.of(RuleLoader.parse(path, toml), REFERENCE);
    }

    public static RuleContext seed() {
        return context("aws/seed.toml", seedToml());
    }

    /** The TOML with one exact piece of text replaced (it must occur). */
    public static String replace(String toml, String text, String replacement) {
        if (!toml.contains(text)) {
            throw new IllegalArgumentException("not in the rule: " + text);
        }
        return toml.replace(text, replacement);
    }
}
