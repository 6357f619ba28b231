package dev.rulesmith.validator.esql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EsqlQueryTest {

    @Test
    void statsAggregatesButInlineStatsKeepsTheRows() {
        assertTrue(Esql.parse("FROM i | STATS c = count(*) BY a").aggregates());
        assertFalse(Esql.parse("FROM i | INLINE STATS c = count(*) BY a | WHERE c > 1").aggregates());
        assertFalse(Esql.parse("FROM i | WHERE a == \"stats\" // | STATS x = 1").aggregates());
    }

    @Test
    void listsTheCommandsItDoesNotModelWithTheirPositions() {
        EsqlQuery query = Esql.parse("FROM i\n| ENRICH p ON a\n| WHERE b\n| LOOKUP JOIN t ON c");
        assertEquals(List.of("ENRICH@2:3", "LOOKUP JOIN@4:3"), query.unsupported().stream()
                .map(u -> u.name() + "@" + u.position()).toList());
        assertEquals(List.of(), Esql.parse("FROM i | WHERE b").unsupported());
    }

    @Test
    void shortLogicalChainsAreLeftDeepAndLongOnesBalanced() {
        assertEquals(EsqlExpressions.LEFT_DEEP_CHAIN - 1, depthOfOrChain(EsqlExpressions.LEFT_DEEP_CHAIN));
        assertEquals(7, depthOfOrChain(EsqlExpressions.LEFT_DEEP_CHAIN + 1));
        assertEquals(14, depthOfOrChain(10_000));
    }

    /** The depth of the OR nodes for {@code a == 0 or a == 1 or ...} with {@code operands} comparisons. */
    private static int depthOfOrChain(int operands) {
        StringBuilder query = new StringBuilder("FROM i | WHERE a == 0");
        for (int i = 1; i < operands; i++) {
            query.append(" or a == ").append(i);
        }
        EsqlExpr condition = ((EsqlCommand.Where) Esql.parse(query.toString()).commands().get(1)).condition();
        return orDepth(condition);
    }

    private static int orDepth(EsqlExpr expr) {
        if (expr instanceof EsqlExpr.Binary binary && binary.op() == EsqlExpr.Op.OR) {
            return 1 + Math.max(orDepth(binary.left()), orDepth(binary.right()));
        }
        return 0;
    }

    @Test
    void eachExpressionSpansItsWrittenTextAndAParenthesisedOneItsInside() {
        String text = "FROM i\n| WHERE (a == 1 OR -b < 2)\n  AND NOT c LIKE (\"x*\", \"y\") AND f(d)::long IN (1, -e)";
        EsqlExpr.Like like = (EsqlExpr.Like) ((EsqlExpr.Not) ((EsqlExpr.Binary) ((EsqlExpr.Binary) condition(text))
                .left()).right()).operand();
        assertEquals(List.of("(a == 1 OR -b < 2)\n  AND NOT c LIKE (\"x*\", \"y\") AND f(d)::long IN (1, -e)",
                "(a == 1 OR -b < 2)\n  AND NOT c LIKE (\"x*\", \"y\")", "a == 1 OR -b < 2", "a == 1", "a", "1",
                "-b < 2", "-b", "b", "2", "NOT c LIKE (\"x*\", \"y\")", "c LIKE (\"x*\", \"y\")", "c",
                "f(d)::long IN (1, -e)", "f(d)::long", "f(d)", "d", "1", "-e", "e"), written(text, condition(text)));
        assertEquals(List.of("\"x*\"", "\"y\""), like.patternSpans().stream()
                .map(span -> text.substring(span.start(), span.end())).toList());
        EsqlExpr.Binary and = (EsqlExpr.Binary) ((EsqlExpr.Binary) condition(text)).left();
        assertEquals(new EsqlSpan(16, 32, 2, 10), and.left().span());
        assertEquals(new EsqlSpan(40, 62, 3, 7), and.right().span());
    }

    @Test
    void aBalancedChainSpansAllItsOperands() {
        StringBuilder query = new StringBuilder("FROM i | WHERE a == 0");
        for (int i = 1; i <= EsqlExpressions.LEFT_DEEP_CHAIN; i++) {
            query.append(" or a == ").append(i);
        }
        String text = query.toString();
        EsqlExpr.Binary root = (EsqlExpr.Binary) condition(text);
        assertEquals(text.substring("FROM i | WHERE ".length()), text.substring(root.span().start(),
                root.span().end()));
        assertEquals("a == 0 or a == 1", written(text, root).get(0).substring(0, 16));
    }

    private static EsqlExpr condition(String text) {
        return ((EsqlCommand.Where) Esql.parse(text).commands().get(1)).condition();
    }

    /** The text of every expression of a tree, parents before children. */
    private static List<String> written(String text, EsqlExpr expr) {
        List<String> all = new ArrayList<>();
        all.add(text.substring(expr.span().start(), expr.span().end()));
        EsqlWalk.children(expr).forEach(child -> all.addAll(written(text, child)));
        return all;
    }

    @Test
    void theTreeIsImmutable() {
        EsqlQuery query = Esql.parse("FROM i | KEEP a");
        assertThrows(UnsupportedOperationException.class,
                () -> query.commands().add(query.commands().get(0)));
    }
}
