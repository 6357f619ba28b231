package dev.rulesmith.validator.esql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    void theTreeIsImmutable() {
        EsqlQuery query = Esql.parse("FROM i | KEEP a");
        assertThrows(UnsupportedOperationException.class,
                () -> query.commands().add(query.commands().get(0)));
    }
}
