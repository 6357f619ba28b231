package dev.rulesmith.validator.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rulesmith.validator.GitRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A git repository made for each test: {@code rules/a.toml} committed, then changed in the work tree. */
class BaseRevisionTest {

    @TempDir
    Path repository;

    private GitRepository git;

    private Path rules;

    @BeforeEach
    void commitARule() throws IOException, InterruptedException {
        rules = repository.resolve("rules");
        Files.createDirectories(rules.resolve("aws"));
        Files.writeString(rules.resolve("aws/a.toml"), "name = \"before\"\n");
        git = GitRepository.commitAll(repository, "a rule", "the BaseRevision tests");
        Files.writeString(rules.resolve("aws/a.toml"), "name = \"after\"\n");
        Files.writeString(rules.resolve("aws/b.toml"), "name = \"new\"\n");
    }

    @Test
    void aFileReadsAsItWasAtTheRefAndANewOneIsAbsent() {
        BaseRevision base = BaseRevision.of(rules, "HEAD");
        assertEquals(Optional.of("name = \"before\"\n"), base.read(rules.resolve("aws/a.toml")));
        assertEquals(Optional.empty(), base.read(rules.resolve("aws/b.toml")));
        assertEquals(Set.of(rules.resolve("aws/a.toml").toAbsolutePath().normalize(),
                rules.resolve("aws/b.toml").toAbsolutePath().normalize()), ChangedFiles.since(rules, "HEAD",
                List.of(rules)));
    }

    @Test
    void aMissingRefSaysWhatToFetch() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BaseRevision.of(rules, "origin/no-such-branch"));
        assertTrue(e.getMessage().startsWith("git ref 'origin/no-such-branch' not found in "), e.getMessage());
        assertTrue(e.getMessage().contains("git fetch --depth=50 origin main"), e.getMessage());
    }

    @Test
    void aDirectoryOutsideGitIsRefused(@TempDir Path elsewhere) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BaseRevision.of(elsewhere, "HEAD"));
        assertTrue(e.getMessage().contains(" is not in a git repository: "), e.getMessage());
    }
}
