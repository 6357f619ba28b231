package dev.rulesmith.validator.eql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rulesmith.validator.query.QuerySyntaxException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs {@code parser-spec.txt}: blocks separated by blank lines, {@code > } lines hold the query (joined with
 * newlines), then {@code = } the expected tree in {@link EqlPrinter} form, or {@code ! line:col fragment} for an
 * expected error, and optionally {@code @ } the expected field references ({@code name@line:col}, {@code ?name} for
 * optional fields) in source order.
 */
class EqlSpecTest {

    private static final String SPEC = "/dev/rulesmith/validator/eql/parser-spec.txt";

    record Case(int line, String query, String expectedTree, String expectedError, String expectedFields) {
    }

    @TestFactory
    List<DynamicTest> spec() throws IOException {
        return cases().stream()
                .map(c -> DynamicTest.dynamicTest("line " + c.line() + ": " + c.query().replace('\n', ' '),
                        () -> run(c)))
                .toList();
    }

    @Test
    void theSpecHasAtLeast120CasesOfBothKinds() throws IOException {
        List<Case> cases = cases();
        assertTrue(cases.size() >= 120, "cases: " + cases.size());
        assertTrue(cases.stream().filter(c -> c.expectedError() != null).count() >= 40);
        assertTrue(cases.stream().filter(c -> c.expectedTree() != null).count() >= 60);
    }

    private static void run(Case c) {
        if (c.expectedError() != null) {
            QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> Eql.parse(c.query()));
            String[] parts = c.expectedError().split(" ", 2);
            String actual = e.line() + ":" + e.column() + " " + e.reason();
            assertTrue(actual.startsWith(parts[0] + " ") && e.reason().contains(parts[1]),
                    "expected " + c.expectedError() + " but got " + actual);
            return;
        }
        EqlQuery query = Eql.parse(c.query());
        if (c.expectedTree() != null) {
            assertEquals(c.expectedTree(), EqlPrinter.print(query));
        }
        if (c.expectedFields() != null) {
            String fields = query.fields().stream()
                    .map(f -> (f.optional() ? "?" : "") + f.name() + "@" + f.span().line() + ":" + f.span().column())
                    .collect(Collectors.joining(" "));
            assertEquals(c.expectedFields(), fields);
        }
    }

    static List<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        String[] lines = read().split("\n", -1);
        int start = -1;
        List<String> query = new ArrayList<>();
        String tree = null;
        String error = null;
        String fields = null;
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i] : "";
            if (line.isBlank()) {
                if (!query.isEmpty()) {
                    if (tree == null && error == null && fields == null) {
                        throw new IllegalStateException("spec case at line " + start + " has no expectation");
                    }
                    cases.add(new Case(start, String.join("\n", query), tree, error, fields));
                }
                query = new ArrayList<>();
                tree = null;
                error = null;
                fields = null;
            } else if (line.startsWith(">")) {
                if (query.isEmpty()) {
                    start = i + 1;
                }
                query.add(line.length() > 1 ? line.substring(2) : "");
            } else if (line.startsWith("= ")) {
                tree = line.substring(2);
            } else if (line.startsWith("! ")) {
                error = line.substring(2);
            } else if (line.startsWith("@ ")) {
                fields = line.substring(2);
            } else if (!line.startsWith("#")) {
                throw new IllegalStateException("unexpected spec line " + (i + 1) + ": " + line);
            }
        }
        return cases;
    }

    private static String read() throws IOException {
        try (InputStream in = EqlSpecTest.class.getResourceAsStream(SPEC)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        }
    }
}
