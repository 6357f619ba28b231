package dev.rulesmith.validator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * A git repository in a test's directory, driven with the machine's {@code git} command (tests that need one are
 * skipped when it is not on the PATH).
 */
public final class GitRepository {

    private final Path directory;

    private GitRepository(Path directory) {
        this.directory = directory;
    }

    /**
     * Makes {@code directory} a repository whose first commit holds the files already in it; skips the calling test
     * (naming {@code what} needs git) when git is missing.
     */
    public static GitRepository commitAll(Path directory, String message, String what)
            throws IOException, InterruptedException {
        Assumptions.assumeTrue(available(), "git is not on the PATH: " + what + " need it");
        GitRepository repository = new GitRepository(directory);
        repository.git("init", "-q");
        repository.git("config", "user.email", "test@rulesmith.dev");
        repository.git("config", "user.name", "Rulesmith test");
        repository.git("config", "commit.gpgsign", "false");
        repository.git("add", ".");
        repository.git("commit", "-q", "-m", message);
        return repository;
    }

    /** Runs {@code git} in the repository; a non-zero exit fails the test with git's output. */
    public void git(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-C", directory.toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertEquals(0, process.waitFor(), String.join(" ", command) + ": " + output);
    }

    private static boolean available() {
        try {
            return new ProcessBuilder("git", "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
