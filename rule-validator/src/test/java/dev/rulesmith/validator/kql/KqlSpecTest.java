package dev.rulesmith.validator.kql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rulesmith.validator.query.QuerySyntaxException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Runs {@code parse-spec.txt}: each query with the tree it must parse to, or the error it must raise. */
class KqlSpecTest {

    private static final Pattern ERROR = Pattern.compile("! (\\d+):(\\d+) (.+)");
    private static final int MINIMUM_CASES = 150;

    /** One case of the spec file; {@code expected} is a tree, or "! line:col reason". */
    record Case(int line, String query, String expected) {
    }

    @TestFactory
    Stream<DynamicTest> parseSpec() throws IOException {
        List<Case> cases = cases();
        assertTrue(cases.size() >= MINIMUM_CASES, "only " + cases.size() + " cases");
        return cases.stream().map(c -> DynamicTest.dynamicTest("line " + c.line() + ": " + c.query(), () -> run(c)));
    }

    private static void run(Case c) {
        Matcher error = ERROR.matcher(c.expected());
        if (!error.matches()) {
            KqlNode node = Kql.parse(c.query());
            assertEquals(c.expected(), KqlPrinter.print(node), c.query());
            assertSpansInside(node, c.query().length());
            return;
        }
        QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> Kql.parse(c.query()),
                () -> c.query() + " parsed");
        assertEquals(error.group(1) + ":" + error.group(2), e.line() + ":" + e.column(), e.getMessage());
        assertTrue(e.reason().contains(error.group(3)), e.getMessage());
        KqlConformanceTest.assertPlainWords(e.reason());
    }

    /** Every node's span lies inside the query and inside its parent's span. */
    static void assertSpansInside(KqlNode node, int length) {
        Span span = node.span();
        assertTrue(0 <= span.start() && span.start() <= span.end() && span.end() <= length, span.toString());
        List<KqlNode> children = node instanceof KqlNode.And and ? and.clauses()
                : node instanceof KqlNode.Or or ? or.clauses()
                : node instanceof KqlNode.Not not ? List.of(not.clause())
                : node instanceof KqlNode.Nested nested ? List.of(nested.query()) : List.of();
        for (KqlNode child : children) {
            assertTrue(span.start() <= child.span().start() && child.span().end() <= span.end(),
                    child.span() + " outside " + span);
            assertSpansInside(child, length);
        }
    }

    private static List<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        List<String> lines = read();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.equals(">") || line.startsWith("> ")) {
                String query = line.length() > 2 ? line.substring(2) : "";
                cases.add(new Case(i + 1, query, lines.get(i + 1)));
                i++;
            }
        }
        return cases;
    }

    private static List<String> read() throws IOException {
        try (InputStream in = KqlSpecTest.class.getResourceAsStream("parse-spec.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
