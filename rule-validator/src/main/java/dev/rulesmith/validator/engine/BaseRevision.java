package dev.rulesmith.validator.engine;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The base commit of a pull-request run: a git ref that exists in the repository holding the rules, and the files as
 * they were there ({@code git show <ref>:<path>}). Uses the {@code git} command of the machine.
 *
 * @param root the top-level directory of the repository
 * @param ref  the ref as given (e.g. {@code origin/main})
 */
public record BaseRevision(Path root, String ref) {

    /**
     * The ref in the repository holding {@code directory}.
     *
     * @throws IllegalArgumentException when the directory is not in a git repository or the ref does not exist (a
     *                                  shallow checkout that lacks it), with what to do
     */
    public static BaseRevision of(Path directory, String ref) {
        Path dir = directory.toAbsolutePath().normalize();
        Git.Result top = Git.run(dir, "rev-parse", "--show-toplevel");
        if (top.exit() != 0) {
            throw new IllegalArgumentException(dir + " is not in a git repository: " + top.output().trim());
        }
        Path root = Path.of(top.output().trim());
        if (Git.run(dir, "rev-parse", "--verify", "--quiet", ref + "^{commit}").exit() != 0) {
            throw new IllegalArgumentException("git ref '" + ref + "' not found in " + root + " (a shallow CI checkout"
                    + " lacks it: fetch it first, e.g. `git fetch --depth=50 origin main`, or check out with full"
                    + " history)");
        }
        return new BaseRevision(root, ref);
    }

    /** The text of a file of the work tree as it was at the ref; empty when the file did not exist there. */
    public Optional<String> read(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        String object = ref + ":./" + absolute.getFileName();
        if (Git.run(absolute.getParent(), "cat-file", "-e", object).exit() != 0) {
            return Optional.empty();
        }
        Git.Result show = Git.run(absolute.getParent(), "show", object);
        if (show.exit() != 0) {
            throw new IllegalArgumentException("git show " + object + " in " + absolute.getParent() + " failed: "
                    + show.output().trim());
        }
        return Optional.of(show.output());
    }
}
