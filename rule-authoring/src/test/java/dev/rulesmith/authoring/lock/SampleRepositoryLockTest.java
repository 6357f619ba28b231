package dev.rulesmith.authoring.lock;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rulesmith.authoring.export.ApiFormat;
import dev.rulesmith.validator.check.ReferenceData;
import dev.rulesmith.validator.check.RuleContext;
import dev.rulesmith.validator.engine.RuleRepository;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The sample repository's {@code rules/etc/version.lock.json} is what {@code detection:lock-versions} would write: a
 * rule changed without its lock fails here (and in the sample's own validate goal). {@code
 * -Drulesmith.updateGolden=true} rewrites the lock instead, as the goal does.
 */
class SampleRepositoryLockTest {

    private static final Path RULES = Path.of("..", "rules", "rules");

    @Test
    void sampleLockIsUpToDate() throws IOException {
        Path file = VersionLock.file(RULES);
        List<RuleContext> rules = RuleRepository.load(RULES, ReferenceData.bundled());
        VersionLocker.Update update = new VersionLocker(ApiFormat.bundled()).update(VersionLock.read(file), rules);
        if (Boolean.getBoolean("rulesmith.updateGolden") && update.changed()) {
            update.lock().write(file);
        }
        assertEquals(List.of(), Boolean.getBoolean("rulesmith.updateGolden") ? List.of() : update.bumps(),
                file + " is out of date; run mvn detection:lock-versions in rules/ (or this test with"
                        + " -Drulesmith.updateGolden=true)");
        assertEquals(rules.size(), VersionLock.read(file).entries().size(), "one entry per sample rule");
    }
}
