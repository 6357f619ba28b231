package dev.rulesmith.validator.eql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rulesmith.validator.query.ParserSpec;
import dev.rulesmith.validator.query.QueryFuzz;
import dev.rulesmith.validator.query.QuerySyntaxException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Deep nesting, very large queries and random mutations never escape as anything but a QuerySyntaxException. */
class EqlRobustnessTest {

    private static final int MUTATIONS = 5_000;
    private static final String[] FRAGMENTS = {"(", ")", "[", "]", "![", "\"", "\"\"\"", "'", "`", "?", ":", "~",
        " and ", " or ", " not ", " in ", " like~ ", " regex ", "==", "!=", "<=", ",", "|", " | head ", " by ",
        " with maxspan=", " with runs=", " until ", "sequence ", "sample ", "\\", "\\u{", "}", "/*", "*/", "//",
        "\n", "0", "-1", "1e400", "99999999999999999999", "descendant of ", "join ", "arrayContains(", "where ",
        "startsWith~(", "@", ".", "*", "\u202e", "\t"};

    @Test
    void tenThousandNestedParenthesesParse() {
        int depth = 10_000;
        String query = "process where " + "(".repeat(depth) + "a == 1" + ")".repeat(depth);
        EqlQuery parsed = Eql.parse(query);
        assertEquals("(event process (== a 1))", EqlPrinter.print(parsed));
    }

    @Test
    void tenThousandUnclosedParenthesesAreASyntaxError() {
        String query = "process where " + "(".repeat(10_000) + "a == 1";
        QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> Eql.parse(query));
        assertEquals(1, e.line());
    }

    @Test
    void expressionsNestedTooDeeplyForAnEvaluatorAreRejectedCleanly() {
        String query = "process where " + "not ".repeat(20_000) + "a == 1";
        QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> Eql.parse(query));
        assertTrue(e.reason().contains("nested deeper than " + Eql.MAX_DEPTH), e.getMessage());
    }

    @Test
    void nestingUpToTheDepthLimitParsesAndOneLevelMoreDoesNot() {
        String deepest = "process where " + "not ".repeat(Eql.MAX_DEPTH - 2) + "a == 1";
        assertInstanceOf(EqlQuery.EventQuery.class, Eql.parse(deepest));
        assertThrows(QuerySyntaxException.class, () -> Eql.parse(deepest.replace("where ", "where not ")));
    }

    @Test
    void aOneMegabyteQueryParses() {
        StringBuilder query = new StringBuilder("process where (process.name : \"x\"");
        int i = 0;
        while (query.length() < 1_000_000) {
            query.append(" or process.pid == ").append(i++).append(" and user.name : \"u").append(i).append('"');
        }
        query.append(')');
        EqlQuery parsed = Eql.parse(query.toString());
        assertTrue(parsed.fields().size() > 2 * i, "fields: " + parsed.fields().size());
    }

    @Test
    void aOneMegabyteDeeplyNestedQueryFailsCleanlyOrParses() {
        int depth = 250_000;
        String query = "process where " + "(".repeat(depth) + "a == 1" + ")".repeat(depth);
        assertTrue(query.length() >= 500_000);
        try {
            Eql.parse(query + " and " + "(".repeat(depth) + "b == 2" + ")".repeat(depth));
        } catch (QuerySyntaxException expected) {
            assertEquals(1, expected.line());
        }
    }

    @Test
    void deeplyNestedCommentsFailCleanlyOrParse() {
        int depth = 200_000;
        String query = "process where " + "/*".repeat(depth) + "*/".repeat(depth) + " a == 1";
        try {
            assertEquals("(event process (== a 1))", EqlPrinter.print(Eql.parse(query)));
        } catch (QuerySyntaxException expected) {
            assertEquals(1, expected.line());
        }
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void randomMutationsOfCorpusQueriesOnlyEverThrowQuerySyntaxException() throws IOException {
        QueryFuzz.onlyCleanSyntaxErrors(seeds(), FRAGMENTS, MUTATIONS, Eql::parse);
    }

    private static List<String> seeds() throws IOException {
        List<String> seeds = new ArrayList<>();
        for (ParserSpec.Case c : EqlSpecTest.cases()) {
            if (c.expectedError() == null) {
                seeds.add(c.query());
            }
        }
        for (Path rule : EqlCorpusTest.eqlRulesIfPresent()) {
            seeds.add(EqlCorpusTest.query(rule));
        }
        return seeds;
    }
}
