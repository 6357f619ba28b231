package dev.rulesmith.validator.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
        BaseRevision base = BaseRevision.of(directory, ref);
        Path dir = directory.toAbsolutePath().normalize();
        List<String> paths = scopes.stream().map(p -> p.toAbsolutePath().normalize().toString()).toList();
        Git.Result diff = Git.run(dir, concat(List.of("diff", "--name-only", "--no-renames", ref, "--"), paths));
        if (diff.exit() != 0) {
            throw new IllegalArgumentException("git diff against '" + ref + "' failed: " + diff.output().trim());
        }
        Git.Result untracked = Git.run(dir, concat(List.of("ls-files", "--others", "--exclude-standard",
                "--full-name", "--"), paths));
        return (diff.output() + "\n" + untracked.output()).lines().filter(line -> !line.isBlank())
                .map(line -> base.root().resolve(line.trim()).normalize()).collect(Collectors.toUnmodifiableSet());
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return List.copyOf(all);
    }
}
