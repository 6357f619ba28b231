package dev.rulesmith.authoring.lock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rulesmith.authoring.export.ApiFormat;
import dev.rulesmith.authoring.export.Rules;
import dev.rulesmith.validator.check.RuleContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VersionLockerTest {

    private static final String SEED_ID = "29052c19-ff3e-42fd-8363-7be14d7c5469";
    private static final String SEED_HASH = "db1707e4e53a2a6aa7456188b643fc01027a0f6226bc4b69360c3ec11b6fc7dd";

    private final VersionLocker locker = new VersionLocker(ApiFormat.bundled());

    @Test
    void aNewRuleGetsVersionOne() {
        VersionLocker.Update update = locker.update(new VersionLock(Map.of()), List.of(Rules.seed()));
        assertEquals(List.of(new Bump(SEED_ID, "AWS Security Group Configuration Change Detection", Optional.empty(),
                1)), update.bumps());
        assertEquals(new LockEntry("AWS Security Group Configuration Change Detection", SEED_HASH, "query", 1,
                Optional.of("8.9"), Optional.empty()), update.lock().entry(SEED_ID).orElseThrow());
        assertEquals("AWS Security Group Configuration Change Detection (" + SEED_ID + "): new, version 1",
                update.bumps().get(0).describe());
    }

    @Test
    void runningTwiceChangesNothing() {
        VersionLock once = locker.update(new VersionLock(Map.of()), List.of(Rules.seed())).lock();
        VersionLocker.Update twice = locker.update(once, List.of(Rules.seed()));
        assertEquals(List.of(), twice.bumps());
        assertFalse(twice.changed());
        assertEquals(once, twice.lock());
    }

    @Test
    void aChangedRuleIsBumpedOnce() {
        VersionLock locked = locker.update(new VersionLock(Map.of()), List.of(Rules.seed())).lock();
        RuleContext changed = Rules.context("aws/seed.toml", Rules.replace(Rules.seedToml(), "risk_score = 21",
                "risk_score = 47"));
        VersionLocker.Update update = locker.update(locked, List.of(changed));
        assertEquals(List.of(new Bump(SEED_ID, "AWS Security Group Configuration Change Detection", Optional.of(1),
                2)), update.bumps());
        assertEquals("AWS Security Group Configuration Change Detection (" + SEED_ID + "): version 1 -> 2 (content"
                + " changed)", update.bumps().get(0).describe());
        assertTrue(update.changed());
        assertEquals(List.of(), locker.update(update.lock(), List.of(changed)).bumps());
    }

    @Test
    void metadataAloneDoesNotBump() {
        VersionLock locked = locker.update(new VersionLock(Map.of()), List.of(Rules.seed())).lock();
        RuleContext moved = Rules.context("aws/seed.toml", Rules.replace(Rules.seedToml(),
                "updated_date = \"2024/04/14\"", "updated_date = \"2025/01/02\""));
        assertEquals(List.of(), locker.update(locked, List.of(moved)).bumps());
    }

    @Test
    void deprecatedRulesAndRemovedRulesKeepTheirEntries() {
        LockEntry gone = new LockEntry("Gone", "ab".repeat(32), "eql", 4, Optional.empty(), Optional.empty());
        RuleContext deprecated = Rules.context("aws/seed.toml", Rules.replace(Rules.seedToml(),
                "maturity = \"production\"", "maturity = \"deprecated\""));
        VersionLocker.Update update = locker.update(new VersionLock(Map.of("gone", gone)), List.of(deprecated));
        assertEquals(Map.of("gone", gone), update.lock().entries());
        assertFalse(update.changed());
    }

    @Test
    void theFileIsDetectionRulesFormatAndReadsBack(@TempDir Path dir) throws IOException {
        Path file = VersionLock.file(dir.resolve("rules"));
        assertEquals(dir.resolve("etc/version.lock.json").toAbsolutePath().normalize(), file);
        VersionLock lock = locker.update(new VersionLock(Map.of()), List.of(Rules.seed())).lock();
        lock.write(file);
        assertEquals("{\n  \"" + SEED_ID + "\": {\n    \"min_stack_version\": \"8.9\",\n"
                + "    \"rule_name\": \"AWS Security Group Configuration Change Detection\",\n"
                + "    \"sha256\": \"" + SEED_HASH + "\",\n    \"type\": \"query\",\n    \"version\": 1\n  }\n}\n",
                Files.readString(file));
        assertEquals(lock, VersionLock.read(file));
        byte[] first = Files.readAllBytes(file);
        VersionLock.read(file).write(file);
        assertEquals(new String(first), Files.readString(file));
    }

    @Test
    void previousVersionsAreKept(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("version.lock.json");
        Files.writeString(file, "{\"r\": {\"previous\": {\"8.3\": {\"rule_name\": \"Old\", \"sha256\": \"" + "cd".repeat(32)
                + "\", \"version\": 2}}, \"rule_name\": \"R\", \"sha256\": \"" + "ab".repeat(32)
                + "\", \"type\": \"query\", \"version\": 103}}");
        VersionLock lock = VersionLock.read(file);
        assertEquals(103, lock.entry("r").orElseThrow().version());
        assertEquals(104, lock.versionOf("r", "ef".repeat(32)));
        assertEquals(103, lock.versionOf("r", "ab".repeat(32)));
        assertEquals(1, lock.versionOf("unknown", "ab".repeat(32)));
        lock.write(file);
        assertTrue(Files.readString(file).contains("\"previous\": {\n      \"8.3\": {\n        \"rule_name\": \"Old\""),
                Files.readString(file));
    }
}
