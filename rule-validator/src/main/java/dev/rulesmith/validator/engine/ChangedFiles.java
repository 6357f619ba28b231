package dev.rulesmith.validator.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The files changed since a git ref (committed since it, or changed in the work tree), for pull-request runs. Uses the
 * {@code git} command of the machine.
 */
public final class ChangedFiles {

    private ChangedFiles() {
    }

    /**
     * Absolute, normalised paths of the files under {@code scopes} that differ between {@code ref} and the work tree
     * (or are new and untracked) in the repository holding {@code directory}.
     *
     * @throws IllegalArgumentException when the ref does not exist (a shallow checkout that lacks it) or the
     *                                  directory is not in a git repository, with what to do
     */
    public static Set<Path> since(Path directory, String ref, List<Path> scopes) {
        Path dir = directory.toAbsolutePath().normalize();
        Result top = git(dir, "rev-parse", "--show-toplevel");
        if (top.exit() != 0) {
            throw new IllegalArgumentException(dir + " is not in a git repository: " + top.output().trim());
        }
        Path root = Path.of(top.output().trim());
        if (git(dir, "rev-parse", "--verify", "--quiet", ref + "^{commit}").exit() != 0) {
            throw new IllegalArgumentException("git ref '" + ref + "' not found in " + root + " (a shallow CI checkout"
                    + " lacks it: fetch it first, e.g. `git fetch --depth=50 origin main`, or check out with full"
                    + " history)");
        }
        List<String> paths = scopes.stream().map(p -> p.toAbsolutePath().normalize().toString()).toList();
        Result diff = git(dir, concat(List.of("diff", "--name-only", "--no-renames", ref, "--"), paths));
        if (diff.exit() != 0) {
            throw new IllegalArgumentException("git diff against '" + ref + "' failed: " + diff.output().trim());
        }
        Result untracked = git(dir, concat(List.of("ls-files", "--others", "--exclude-standard", "--full-name", "--"),
                paths));
        return (diff.output() + "\n" + untracked.output()).lines().filter(line -> !line.isBlank())
                .map(line -> root.resolve(line.trim()).normalize()).collect(Collectors.toUnmodifiableSet());
    }

    private record Result(int exit, String output) {
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return List.copyOf(all);
    }

    private static Result git(Path directory, String... arguments) {
        return git(directory, List.of(arguments));
    }

    private static Result git(Path directory, List<String> arguments) {
        List<String> command = new ArrayList<>(List.of("git", "-C", directory.toString()));
        command.addAll(arguments);
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("git did not answer within 60 s: " + command);
            }
            return new Result(process.exitValue(), output);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run git (is it installed?): " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command, e);
        }
    }
}
