package dev.rulesmith.docs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Writes the site's files, only ever inside the output directory. */
final class SiteFiles {

    private final Path root;

    SiteFiles(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    Path root() {
        return root;
    }

    /** Writes UTF-8 text to a path relative to the site root; refuses any path that leaves it. */
    void write(String relative, String content) {
        Path target = resolve(relative);
        try {
            Files.createDirectories(target.getParent());
            Files.write(target, content.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    /** Copies a resource beside this class ({@code static/<name>}) to the site root. */
    void copyResource(String name) {
        try (InputStream in = SiteFiles.class.getResourceAsStream("static/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled resource static/" + name);
            }
            write(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + name, e);
        }
    }

    boolean exists(String relative) {
        return Files.isRegularFile(resolve(relative));
    }

    /** Deletes files with the extension in a site directory that are not in {@code keep} (pages of removed rules). */
    void removeStale(String directory, String extension, Set<String> keep) {
        Path dir = resolve(directory);
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> stale = files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().endsWith(extension))
                    .filter(f -> !keep.contains(f.getFileName().toString()))
                    .toList();
            for (Path file : stale) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot tidy " + dir, e);
        }
    }

    Path resolve(String relative) {
        Path target = root.resolve(relative).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw new IllegalArgumentException("refusing to write outside the site directory: " + relative);
        }
        return target;
    }
}
