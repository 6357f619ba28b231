package dev.rulesmith.validator.model;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;

/**
 * Which rule files of a directory count: glob patterns ({@code **}/{@code *}, as {@link java.nio.file.FileSystem}
 * globs) over paths relative to the rules directory. A file is selected when it matches an include and no exclude.
 */
public record RuleSelection(List<String> includes, List<String> excludes) {

    /** Every {@code *.toml} file. */
    public static final RuleSelection ALL = new RuleSelection(List.of("**.toml"), List.of());

    public RuleSelection {
        includes = List.copyOf(includes.isEmpty() ? List.of("**.toml") : includes);
        excludes = List.copyOf(excludes);
    }

    /** True when the relative path (forward slashes) is selected. */
    public boolean selects(String relativePath) {
        Path path = Path.of(relativePath);
        return matchesAny(includes, path) && !matchesAny(excludes, path);
    }

    private static boolean matchesAny(List<String> globs, Path path) {
        for (String glob : globs) {
            PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
            if (matcher.matches(path)) {
                return true;
            }
        }
        return false;
    }
}
