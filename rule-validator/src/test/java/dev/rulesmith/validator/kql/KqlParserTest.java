package dev.rulesmith.validator.kql;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rulesmith.validator.query.QuerySyntaxException;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Spans, multi-line positions, Unicode whitespace and the mapping-aware rejections of {@link Kql}. */
class KqlParserTest {

    private static final KqlMapping MAPPING = KqlMapping.nestedPaths(Set.of("user", "user.roles"));

    @Test
    void nodesCarryTheirSourceSpans() {
        KqlNode.And and = (KqlNode.And) Kql.parse("a:1 and b:\"x y\"");
        assertEquals(new Span(0, 15, 1, 1), and.span());
        KqlNode.Match second = (KqlNode.Match) and.clauses().get(1);
        assertEquals(new Span(8, 15, 1, 9), second.span());
        assertEquals(new Span(8, 9, 1, 9), second.field().orElseThrow().span());
    }

    @Test
    void positionsCountLinesAndColumnsInMultiLineQueries() {
        KqlNode.And and = (KqlNode.And) Kql.parse("a:1 and\n  b:2");
        assertEquals(new Span(10, 13, 2, 3), and.clauses().get(1).span());
        QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> Kql.parse("a:1 and\n  b:(x"));
        assertEquals("line 2:7: missing ')' to close the '(' at 2:5", e.getMessage());
    }

    @Test
    void noBreakAndIdeographicSpacesSeparateWords() {
        assertEquals("(and (match a '1') (match b '2'))", KqlPrinter.print(Kql.parse("a:1\u00a0and\u3000b:2")));
    }

    @Test
    void nestedSyntaxNeedsANestedField() {
        QuerySyntaxException e = assertThrows(QuerySyntaxException.class,
                () -> Kql.parse("x:1 or host:{ name:a }", MAPPING));
        assertEquals(1, e.line());
        assertEquals(8, e.column());
        assertTrue(e.reason().startsWith("'host' is not a nested field"), e.reason());
        QuerySyntaxException inner = assertThrows(QuerySyntaxException.class,
                () -> Kql.parse("user:{ name:{ x:1 } }", MAPPING));
        assertTrue(inner.reason().startsWith("'user.name' is not a nested field"), inner.reason());
        assertDoesNotThrow(() -> Kql.parse("user:{ roles:{ id:1 } }", MAPPING));
        assertDoesNotThrow(() -> Kql.parse("host:{ name:a }"));
    }

    @Test
    void freeTextInsideANestedBlockNeedsAField() {
        QuerySyntaxException e = assertThrows(QuerySyntaxException.class,
                () -> Kql.parse("user:{ name:a and foo }", MAPPING));
        assertEquals("line 1:19: a query inside the nested field 'user' must name a field: free text is not "
                + "allowed there", e.getMessage());
        assertDoesNotThrow(() -> Kql.parse("user:{ not foo }", MAPPING));
        assertDoesNotThrow(() -> Kql.parse("foo and user:{ name:a }", MAPPING));
    }
}
