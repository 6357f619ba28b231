package dev.rulesmith.validator.eql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rulesmith.validator.query.ParserSpec;
import dev.rulesmith.validator.query.ParserSpec.Case;
import java.io.IOException;
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

    @TestFactory
    List<DynamicTest> spec() throws IOException {
        return ParserSpec.tests(cases(), EqlSpecTest::run);
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
            ParserSpec.assertRejected(c, () -> Eql.parse(c.query()));
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
        return ParserSpec.cases(SPEC);
    }

}
