package dev.rulesmith.validator.kql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rulesmith.validator.query.QuerySyntaxException;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Deep nesting and megabyte queries never overflow the stack; mutated queries only ever raise syntax errors. */
class KqlRobustnessTest {

    private static final int DEPTH = 10_000;
    private static final int MEGABYTE = 1 << 20;
    private static final Duration LIMIT = Duration.ofSeconds(60);
    private static final int MUTATIONS = 5_000;
    private static final List<String> INSERTIONS = List.of("(", ")", "{", "}", ":", "\"", "\\", "*", "<", ">=",
            " and ", " or ", " not ", "not ", "AND", "\\u", "\\n", "\\not", " ", "\n", "\t", "\u3000", "\u00a0",
            "\ud800", "é", ": {", "*:*");
    private static final KqlMapping MAPPING = KqlMapping.nestedPaths(Set.of("user", "user.roles"));

    @Test
    void tenThousandNestedParenthesesParse() {
        String query = "(".repeat(DEPTH) + "a:1" + ")".repeat(DEPTH);
        assertInstanceOf(KqlNode.Match.class, timed(() -> Kql.parse(query)));
    }

    @Test
    void tenThousandNestedNegationsParseAndTranslate() {
        String query = "not (".repeat(DEPTH) + "a:1" + ")".repeat(DEPTH);
        KqlNode node = timed(() -> Kql.parse(query));
        int depth = 0;
        while (node instanceof KqlNode.Not not) {
            node = not.clause();
            depth++;
        }
        assertEquals(DEPTH, depth);
        KqlNode root = Kql.parse(query);
        assertTrue(timed(() -> KqlToDsl.query(root)).has("bool"));
    }

    @Test
    void tenThousandNestedValueListsAndNestedBlocksParse() {
        String values = "f:" + "(".repeat(DEPTH) + "a or b" + ")".repeat(DEPTH);
        assertInstanceOf(KqlNode.Or.class, timed(() -> Kql.parse(values)));
        String blocks = "a:{".repeat(DEPTH) + "b:1" + "}".repeat(DEPTH);
        assertInstanceOf(KqlNode.Nested.class, timed(() -> Kql.parse(blocks, path -> true)));
    }

    @Test
    void tenThousandUnclosedParenthesesAreASyntaxError() {
        String query = "(".repeat(DEPTH) + "a:1";
        QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> timed(() -> Kql.parse(query)));
        assertEquals("missing ')' to close the '(' at 1:" + DEPTH, e.reason());
    }

    @Test
    void megabyteQueriesParse() {
        String clauses = IntStream.range(0, MEGABYTE / 16).mapToObj(i -> "f" + i + ":v" + i)
                .collect(Collectors.joining(" and "));
        assertTrue(clauses.length() > MEGABYTE);
        assertEquals(MEGABYTE / 16, ((KqlNode.And) timed(() -> Kql.parse(clauses))).clauses().size());
        String list = "f:(" + IntStream.range(0, MEGABYTE / 8).mapToObj(i -> "v" + i)
                .collect(Collectors.joining(" or ")) + ")";
        assertInstanceOf(KqlNode.Or.class, timed(() -> Kql.parse(list)));
        String words = "f:" + "word ".repeat(MEGABYTE / 5);
        assertInstanceOf(KqlNode.Match.class, timed(() -> Kql.parse(words)));
        String quoted = "f:\"" + "x\\\"".repeat(MEGABYTE / 3) + "\"";
        assertInstanceOf(KqlNode.Match.class, timed(() -> Kql.parse(quoted)));
    }

    @Test
    void mutatedCorpusQueriesOnlyEverRaiseSyntaxErrors() throws IOException {
        List<String> seeds = KqlCorpusTest.queries().stream().map(KqlCorpusTest.CorpusQuery::query).toList();
        Random random = new Random(7_919L);
        List<String> failures = new ArrayList<>();
        int[] verdicts = new int[2];
        for (int i = 0; i < MUTATIONS; i++) {
            String query = mutate(seeds.get(random.nextInt(seeds.size())), random);
            try {
                KqlNode node = Kql.parse(query);
                KqlSpecTest.assertSpansInside(node, query.length());
                KqlToDsl.query(node);
                Kql.parse(query, MAPPING);
                verdicts[0]++;
            } catch (QuerySyntaxException e) {
                verdicts[1]++;
                if (e.line() < 1 || e.column() < 1 || e.line() > query.split("\n", -1).length) {
                    failures.add(e.getMessage() + " <- " + query);
                }
            } catch (RuntimeException | StackOverflowError | AssertionError e) {
                failures.add(e + " <- " + query);
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " failures, first: " + failures.stream().limit(5).toList());
        assertTrue(verdicts[0] > MUTATIONS / 10 && verdicts[1] > MUTATIONS / 10,
                "accepted " + verdicts[0] + ", rejected " + verdicts[1]);
    }

    private static String mutate(String seed, Random random) {
        StringBuilder query = new StringBuilder(seed);
        for (int n = 1 + random.nextInt(3); n > 0 && query.length() > 0; n--) {
            int at = random.nextInt(query.length());
            switch (random.nextInt(5)) {
                case 0 -> query.deleteCharAt(at);
                case 1 -> query.insert(at, INSERTIONS.get(random.nextInt(INSERTIONS.size())));
                case 2 -> query.insert(at, query.substring(at, Math.min(query.length(), at + random.nextInt(20))));
                case 3 -> query.setLength(at);
                default -> query.insert(at, (char) random.nextInt(Character.MAX_VALUE));
            }
        }
        return query.toString();
    }

    private static <T> T timed(java.util.function.Supplier<T> work) {
        return assertTimeoutPreemptively(LIMIT, work::get);
    }
}
