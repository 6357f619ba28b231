package dev.rulesmith.validator.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rulesmith.validator.checks.TomlSyntax;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every check is registered once, has a unique kebab-case id, a one-line summary, a doc page and a test. */
class CheckRegistryTest {

    @Test
    void everyCheckClassIsRegisteredExactlyOnce() throws Exception {
        List<Class<?>> classes = checkClasses();
        assertFalse(classes.isEmpty());
        for (Class<?> type : classes) {
            long registered = Checks.all().stream().filter(c -> c.getClass() == type).count();
            assertEquals(1, registered, type.getSimpleName() + " must be registered in Checks exactly once");
        }
        assertEquals(classes.size(), Checks.all().size(), "Checks lists a class outside the checks package");
    }

    @Test
    void idsAreUniqueAndKebabCase() {
        Set<String> ids = new HashSet<>();
        for (Check check : Checks.all()) {
            assertTrue(check.id().matches("[a-z][a-z0-9]*(-[a-z0-9]+)*"), "not kebab-case: " + check.id());
            assertTrue(ids.add(check.id()), "duplicate check id " + check.id());
        }
    }

    @Test
    void everyCheckHasAOneLineSummaryAndADocPageTitledWithItsId() throws IOException {
        for (Check check : Checks.all()) {
            assertFalse(check.summary().isBlank(), check.id());
            assertFalse(check.summary().contains("\n"), check.id() + ": summary must be one line");
            var page = Check.class.getResourceAsStream("/dev/rulesmith/validator/checks/" + check.id() + ".md");
            assertNotNull(page, "missing doc page checks/" + check.id() + ".md");
            try (page) {
                String text = new String(page.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                assertTrue(text.startsWith("# " + check.id() + "\n"), check.id() + ".md must start with its id");
            }
        }
    }

    @Test
    void everyCheckHasATestClass() {
        for (Check check : Checks.all()) {
            String test = check.getClass().getName() + "Test";
            try {
                Class.forName(test);
            } catch (ClassNotFoundException e) {
                throw new AssertionError("missing test class " + test + " for check " + check.id(), e);
            }
        }
    }

    /** The concrete Check classes compiled into the checks package. */
    private static List<Class<?>> checkClasses() throws IOException, URISyntaxException {
        Path root = Path.of(TomlSyntax.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path dir = root.resolve("dev/rulesmith/validator/checks");
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".class") && !n.contains("$"))
                    .<Class<?>>map(n -> load("dev.rulesmith.validator.checks." + n.substring(0, n.length() - 6)))
                    .filter(c -> Check.class.isAssignableFrom(c) && !Modifier.isAbstract(c.getModifiers())
                            && !c.isInterface())
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
