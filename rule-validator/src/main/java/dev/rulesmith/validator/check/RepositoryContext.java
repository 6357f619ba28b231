package dev.rulesmith.validator.check;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link RepositoryCheck} may know about the repository beyond its rules: the rules directory (a run over a
 * directory, for checks that read a file beside the rules such as a version lock) and the base git ref of a
 * pull-request run (for checks that compare a rule with its version there).
 */
public record RepositoryContext(Optional<Path> rulesDirectory, Optional<String> baseRef) {

    /** Rules given without their directory and outside pull-request mode. */
    public static final RepositoryContext NONE = new RepositoryContext(Optional.empty(), Optional.empty());

    public RepositoryContext {
        Objects.requireNonNull(rulesDirectory, "rulesDirectory");
        Objects.requireNonNull(baseRef, "baseRef");
    }

    /** The rules of a directory, outside pull-request mode. */
    public static RepositoryContext of(Path rulesDirectory) {
        return new RepositoryContext(Optional.of(rulesDirectory), Optional.empty());
    }

    /** This repository in pull-request mode against a base ref (e.g. {@code origin/main}), or not when empty. */
    public RepositoryContext withBaseRef(Optional<String> ref) {
        return new RepositoryContext(rulesDirectory, ref);
    }
}
