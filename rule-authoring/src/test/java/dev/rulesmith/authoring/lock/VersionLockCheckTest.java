package dev.rulesmith.authoring.lock;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rulesmith.authoring.export.ApiFormat;
import dev.rulesmith.authoring.export.Rules;
import dev.rulesmith.validator.check.ReferenceData;
import dev.rulesmith.validator.engine.Validator;
import dev.rulesmith.validator.engine.ValidatorConfig;
import dev.rulesmith.validator.finding.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check runs inside the validator over a repository directory: {@code rules/} and {@code etc/}. */
class VersionLockCheckTest {

    private static final VersionLockCheck CHECK = new VersionLockCheck();

    @TempDir
    Path repository;

    private List<String> validate() {
        Validator validator = new Validator(ReferenceData.bundled(), ValidatorConfig.DEFAULT, List.of(CHECK));
        return validator.validateDirectory(repository.resolve("rules")).findings().stream().map(Finding::format)
                .toList();
    }

    private void rule(String toml) throws IOException {
        Files.createDirectories(repository.resolve("rules/aws"));
        Files.writeString(repository.resolve("rules/aws/seed.toml"), toml);
    }

    private void lock() throws IOException {
        VersionLock lock = new VersionLocker(ApiFormat.bundled())
                .update(new VersionLock(Map.of()), List.of(Rules.seed())).lock();
        lock.write(VersionLock.file(repository.resolve("rules")));
    }

    @Test
    void aChangedRuleFailsAtItsRuleId() throws IOException {
        lock();
        rule(Rules.replace(Rules.seedToml(), "risk_score = 21", "risk_score = 47"));
        assertEquals(List.of("aws/seed.toml:34:1: ERROR the rule's content changed since its lock entry (version 1):"
                + " run mvn detection:lock-versions to bump it to 2, move metadata.updated_date, and commit both"
                + " [version-lock]"), validate());
    }

    @Test
    void aRuleMissingFromTheLockFails() throws IOException {
        rule(Rules.replace(Rules.seedToml(), "29052c19-ff3e-42fd-8363-7be14d7c5469",
                "11111111-ff3e-42fd-8363-7be14d7c5469"));
        lock();
        assertEquals(List.of("aws/seed.toml:34:1: ERROR rule 11111111-ff3e-42fd-8363-7be14d7c5469 has no entry in the"
                + " version lock etc/version.lock.json: run mvn detection:lock-versions and commit the lock"
                + " [version-lock]"), validate());
    }

    @Test
    void anUnreadableLockIsReported() throws IOException {
        rule(Rules.seedToml());
        Files.createDirectories(repository.resolve("etc"));
        Files.writeString(repository.resolve("etc/version.lock.json"), "[1]");
        assertEquals(1, validate().size());
        assertEquals(true, validate().get(0).startsWith("../etc/version.lock.json:1:1: ERROR the version lock cannot"
                + " be read: "), validate().get(0));
    }

    @Test
    void aLockedRulePasses() throws IOException {
        rule(Rules.seedToml());
        lock();
        assertEquals(List.of(), validate());
    }

    @Test
    void aRepositoryWithoutLockPasses() throws IOException {
        rule(Rules.replace(Rules.seedToml(), "risk_score = 21", "risk_score = 47"));
        assertEquals(List.of(), validate());
    }

    @Test
    void rulesGivenWithoutTheirDirectoryAreNotCompared() {
        assertEquals(List.of(), CHECK.check(List.of(Rules.seed())));
    }
}
