package dev.rulesmith.validator.kql;

import java.util.List;
import java.util.Optional;

/**
 * The KQL syntax tree. Value lists ({@code field:(a or b and not c)}) are expanded into field-level
 * {@link Or}/{@link And}/{@link Not} of {@link Match} nodes, as Kibana's and Elasticsearch's query builders do.
 */
public sealed interface KqlNode {

    Span span();

    /** All clauses must match. */
    record And(List<KqlNode> clauses, Span span) implements KqlNode {
        public And {
            clauses = List.copyOf(clauses);
        }
    }

    /** At least one clause must match. */
    record Or(List<KqlNode> clauses, Span span) implements KqlNode {
        public Or {
            clauses = List.copyOf(clauses);
        }
    }

    /** The clause must not match (a missing field does not match, so its negation does). */
    record Not(KqlNode clause, Span span) implements KqlNode {
    }

    /** {@code field:value}, or free text (no field: every searchable field) when {@code field} is empty. */
    record Match(Optional<KqlField> field, KqlValue value, Span span) implements KqlNode {
    }

    /** {@code field < value} and the other comparisons. */
    record Range(KqlField field, RangeOperator operator, KqlValue value, Span span) implements KqlNode {
    }

    /** {@code field:*}: the field has a value. */
    record Exists(KqlField field, Span span) implements KqlNode {
    }

    /** {@code path:{ query }}: the inner query holds on one object of the nested field. */
    record Nested(KqlField path, KqlNode query, Span span) implements KqlNode {
    }

    /** {@code *}, {@code *:*} or the empty query. */
    record MatchAll(Span span) implements KqlNode {
    }

    /** The comparison of a range clause. */
    enum RangeOperator {
        LT("<"), LTE("<="), GT(">"), GTE(">=");

        private final String symbol;

        RangeOperator(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }
}
