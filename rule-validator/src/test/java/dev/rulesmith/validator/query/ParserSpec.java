package dev.rulesmith.validator.query;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.function.ThrowingConsumer;

/**
 * A parser spec file: cases separated by blank lines; each case is the query ({@code > } lines, several for
 * newlines), then {@code = } the expected tree in the language's printer form, or {@code ! line:col fragment} for an
 * expected error, and optionally {@code @ } the expected field references; {@code #} lines are comments.
 */
public final class ParserSpec {

    /** One case: the spec line it starts on, the query, and its expectations (null when not given). */
    public record Case(int line, String query, String expectedTree, String expectedError, String expectedFields) {
    }

    private ParserSpec() {
    }

    /** The cases of a spec file on the test class path. */
    public static List<Case> cases(String resource) throws IOException {
        String[] lines = read(resource).split("\n", -1);
        List<Case> cases = new ArrayList<>();
        int start = -1;
        List<String> query = new ArrayList<>();
        String[] expected = new String[3];
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i] : "";
            if (line.isBlank()) {
                if (!query.isEmpty()) {
                    if (expected[0] == null && expected[1] == null && expected[2] == null) {
                        throw new IllegalStateException("spec case at line " + start + " has no expectation");
                    }
                    cases.add(new Case(start, String.join("\n", query), expected[0], expected[1], expected[2]));
                }
                query = new ArrayList<>();
                expected = new String[3];
            } else if (line.startsWith(">")) {
                start = query.isEmpty() ? i + 1 : start;
                query.add(line.length() > 1 ? line.substring(2) : "");
            } else if (!line.startsWith("#")) {
                int kind = "=!@".indexOf(line.charAt(0));
                if (kind < 0 || !line.startsWith(" ", 1)) {
                    throw new IllegalStateException("unexpected spec line " + (i + 1) + ": " + line);
                }
                expected[kind] = line.substring(2);
            }
        }
        return cases;
    }

    /** One dynamic test per case, named by its spec line and its query on one line. */
    public static List<DynamicTest> tests(List<Case> cases, ThrowingConsumer<Case> run) {
        return cases.stream().map(c -> DynamicTest.dynamicTest("line " + c.line() + ": "
                + c.query().replace('\n', ' '), () -> run.accept(c))).toList();
    }

    /** Asserts that parsing fails at the case's line:col with a reason containing its fragment. */
    public static void assertRejected(Case c, Executable parse) {
        QuerySyntaxException e = assertThrows(QuerySyntaxException.class, parse);
        String[] parts = c.expectedError().split(" ", 2);
        String actual = e.line() + ":" + e.column() + " " + e.reason();
        assertTrue(actual.startsWith(parts[0] + " ") && e.reason().contains(parts[1]),
                "expected " + c.expectedError() + " but got " + actual);
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = ParserSpec.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        }
    }
}
