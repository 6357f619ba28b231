package dev.rulesmith.validator.esql;

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
 * newlines), then {@code = } the expected tree in {@link EsqlPrinter} form, or {@code ! line:col fragment} for an
 * expected error, and optionally {@code @ } each command's line:col followed by its field references
 * ({@code name@line:col}), commands joined by " | ".
 */
class EsqlSpecTest {

    private static final String SPEC = "/dev/rulesmith/validator/esql/parser-spec.txt";

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
    void theSpecHasAtLeast100CasesOfBothKinds() throws IOException {
        List<Case> cases = cases();
        assertTrue(cases.size() >= 100, "cases: " + cases.size());
        assertTrue(cases.stream().filter(c -> c.expectedError() != null).count() >= 35);
        assertTrue(cases.stream().filter(c -> c.expectedTree() != null).count() >= 60);
    }

    private static void run(Case c) {
        if (c.expectedError() != null) {
            QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> Esql.parse(c.query()));
            String[] parts = c.expectedError().split(" ", 2);
            String actual = e.line() + ":" + e.column() + " " + e.reason();
            assertTrue(actual.startsWith(parts[0] + " ") && e.reason().contains(parts[1]),
                    "expected " + c.expectedError() + " but got " + actual);
            return;
        }
        EsqlQuery query = Esql.parse(c.query());
        if (c.expectedTree() != null) {
            assertEquals(c.expectedTree(), EsqlPrinter.print(query));
        }
        if (c.expectedFields() != null) {
            assertEquals(c.expectedFields(), positions(query));
        }
    }

    /** Each command's position followed by the fields it references ({@code name@line:col}), joined by " | ". */
    private static String positions(EsqlQuery query) {
        return query.commands().stream().map(command -> {
            List<EsqlExpr.Field> fields = new ArrayList<>();
            if (command instanceof EsqlCommand.From from) {
                fields.addAll(from.metadata());
            }
            EsqlWalk.expressions(command).forEach(e -> fields.addAll(EsqlWalk.fields(e)));
            return command.position() + fields.stream().map(f -> " " + f.name() + "@" + f.position())
                    .collect(Collectors.joining());
        }).collect(Collectors.joining(" | "));
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
        try (InputStream in = EsqlSpecTest.class.getResourceAsStream(SPEC)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        }
    }
}
