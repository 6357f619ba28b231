package dev.rulesmith.validator.esql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rulesmith.validator.SharedData;
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
import org.tomlj.Toml;

/** Deep nesting, very large queries and random mutations never escape as anything but a QuerySyntaxException. */
class EsqlRobustnessTest {

    private static final int MUTATIONS = 5_000;
    private static final String[] FRAGMENTS = {"(", ")", "[", "]", "{", "}", "\"", "\"\"\"", "`", "?", "?x", "::",
        ":", " and ", " or ", " not ", " in ", " like ", " rlike ", " is null", "==", "!=", "<=", "=", ",", "|",
        " | keep ", " | stats ", " by ", " | where ", " | eval ", " | enrich ", " | fork (", " metadata ", " as ",
        " | limit ", " 1 hour", "\\", "/*", "*/", "//", "\n", "0", "-1", "1e400", "99999999999999999999",
        "count(*)", "@", ".", "*", "\u202e", "\t", "\uD83D\uDC14"};

    @Test
    void tenThousandNestedParenthesesParse() {
        int depth = 10_000;
        String query = "FROM i | WHERE " + "(".repeat(depth) + "a == 1" + ")".repeat(depth);
        assertEquals("FROM i | WHERE (== a 1)", EsqlPrinter.print(Esql.parse(query)));
    }

    @Test
    void tenThousandUnclosedParenthesesAreASyntaxError() {
        String query = "FROM i | WHERE " + "(".repeat(10_000) + "a == 1";
        QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> Esql.parse(query));
        assertEquals(1, e.line());
    }

    @Test
    void expressionsNestedTooDeeplyForAnEvaluatorAreRejectedCleanly() {
        String query = "FROM i | WHERE " + "not ".repeat(20_000) + "a == 1";
        QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> Esql.parse(query));
        assertTrue(e.reason().contains("nested deeper than " + Esql.MAX_DEPTH), e.getMessage());
        assertEquals(1, e.line());
        assertEquals(10, e.column());
    }

    @Test
    void nestingUpToTheDepthLimitParsesAndOneLevelMoreDoesNot() {
        String deepest = "FROM i | WHERE " + "not ".repeat(Esql.MAX_DEPTH - 2) + "a == 1";
        assertInstanceOf(EsqlCommand.Where.class, Esql.parse(deepest).commands().get(1));
        assertThrows(QuerySyntaxException.class, () -> Esql.parse(deepest.replace("WHERE ", "WHERE not ")));
    }

    @Test
    void aOneMegabyteQueryParses() {
        StringBuilder query = new StringBuilder("FROM i | WHERE (process.name == \"x\"");
        int i = 0;
        while (query.length() < 1_000_000) {
            query.append(" or process.pid == ").append(i++).append(" and user.name == \"u").append(i).append('"');
        }
        query.append(')');
        EsqlQuery parsed = Esql.parse(query.toString());
        int fields = EsqlWalk.fields(((EsqlCommand.Where) parsed.commands().get(1)).condition()).size();
        assertTrue(fields > 2 * i, "fields: " + fields);
    }

    @Test
    void aOneMegabyteDeeplyNestedQueryFailsCleanlyOrParses() {
        int depth = 250_000;
        String query = "FROM i | WHERE " + "(".repeat(depth) + "a == 1" + ")".repeat(depth);
        assertTrue(query.length() >= 500_000);
        try {
            Esql.parse(query + " and " + "(".repeat(depth) + "b == 2" + ")".repeat(depth));
        } catch (QuerySyntaxException expected) {
            assertEquals(1, expected.line());
        }
    }

    @Test
    void deeplyNestedCommentsFailCleanlyOrParse() {
        int depth = 200_000;
        String query = "FROM i | WHERE " + "/*".repeat(depth) + "*/".repeat(depth) + " a == 1";
        try {
            assertEquals("FROM i | WHERE (== a 1)", EsqlPrinter.print(Esql.parse(query)));
        } catch (QuerySyntaxException expected) {
            assertEquals(1, expected.line());
        }
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void randomMutationsOfCorpusQueriesOnlyEverThrowQuerySyntaxException() throws IOException {
        QueryFuzz.onlyCleanSyntaxErrors(seeds(), FRAGMENTS, MUTATIONS, Esql::parse);
    }

    private static List<String> seeds() throws IOException {
        List<String> seeds = new ArrayList<>();
        for (ParserSpec.Case c : EsqlSpecTest.cases()) {
            if (c.expectedError() == null) {
                seeds.add(c.query());
            }
        }
        if (SharedData.root().isPresent()) {
            for (Path rule : EsqlCorpusTest.esqlRules()) {
                seeds.add(Toml.parse(rule).getString("rule.query"));
            }
        }
        return seeds;
    }
}
