package dev.rulesmith.validator.esql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rulesmith.validator.query.ParserSpec;
import dev.rulesmith.validator.query.ParserSpec.Case;
import java.io.IOException;
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

    @TestFactory
    List<DynamicTest> spec() throws IOException {
        return ParserSpec.tests(cases(), EsqlSpecTest::run);
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
            ParserSpec.assertRejected(c, () -> Esql.parse(c.query()));
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
        return ParserSpec.cases(SPEC);
    }

}
