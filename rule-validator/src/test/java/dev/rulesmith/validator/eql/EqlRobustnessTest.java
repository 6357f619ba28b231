package dev.rulesmith.validator.eql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.rulesmith.validator.query.QuerySyntaxException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

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
    void nestingAtTheDepthLimitParses() {
        String query = "process where " + "not ".repeat(Eql.MAX_DEPTH - 2) + "a == 1";
        assertInstanceOf(EqlQuery.EventQuery.class, Eql.parse(query));
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
    void randomMutationsOfCorpusQueriesOnlyEverThrowQuerySyntaxException() throws IOException {
        List<String> seeds = seeds();
        Random random = new Random(20_261_129L);
        int rejected = 0;
        for (int n = 0; n < MUTATIONS; n++) {
            String mutant = mutate(seeds.get(random.nextInt(seeds.size())), random);
            try {
                Eql.parse(mutant);
            } catch (QuerySyntaxException e) {
                rejected++;
            } catch (RuntimeException | Error e) {
                fail("mutation " + n + " threw " + e + " for:\n" + mutant, e);
            }
        }
        assertTrue(rejected > MUTATIONS / 10, "too few mutants rejected: " + rejected);
        assertTrue(rejected < MUTATIONS, "every mutant rejected: the seeds do not parse");
    }

    private static List<String> seeds() throws IOException {
        List<String> seeds = new ArrayList<>();
        for (EqlSpecTest.Case c : EqlSpecTest.cases()) {
            if (c.expectedError() == null) {
                seeds.add(c.query());
            }
        }
        for (Path rule : EqlCorpusTest.eqlRulesIfPresent()) {
            seeds.add(EqlCorpusTest.query(rule));
        }
        return seeds;
    }

    private static String mutate(String seed, Random random) {
        StringBuilder text = new StringBuilder(seed);
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits && text.length() > 0; e++) {
            int at = random.nextInt(text.length());
            switch (random.nextInt(5)) {
                case 0 -> text.deleteCharAt(at);
                case 1 -> text.insert(at, FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
                case 2 -> text.setCharAt(at, (char) (32 + random.nextInt(95)));
                case 3 -> text.delete(at, Math.min(text.length(), at + 1 + random.nextInt(20)));
                default -> {
                    int from = random.nextInt(text.length());
                    int to = Math.min(text.length(), from + random.nextInt(40));
                    text.insert(at, text.substring(from, to));
                }
            }
        }
        return text.toString();
    }
}
