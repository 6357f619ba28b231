package dev.rulesmith.validator.esql;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An ES|QL expression, with its span in the query text (a parenthesised expression spans its inside). Names of
 * functions and types are lower case; keywords are case-insensitive in ES|QL.
 */
public sealed interface EsqlExpr {

    /** Where the expression is written. */
    EsqlSpan span();

    /**
     * A constant: {@code null}, a {@link Boolean}, an {@link Integer} or {@link Long} (by size, as ES|QL types
     * integer literals), a {@link java.math.BigInteger} beyond long, a {@link Double} or a {@link String}
     * (unescaped). Unary minus before a number is folded into the literal.
     */
    record Literal(Object value, EsqlSpan span) implements EsqlExpr {
    }

    /** A time span or date period such as {@code 1 hour} or {@code 5m}: the amount and the unit as written. */
    record TimeSpan(long amount, String unit, EsqlSpan span) implements EsqlExpr {
    }

    /** A list constant {@code [a, b, ...]} of literals. */
    record ListLiteral(List<Literal> values, EsqlSpan span) implements EsqlExpr {
        public ListLiteral {
            values = List.copyOf(values);
        }
    }

    /** A column reference: its name with back-quotes removed and parts joined by dots. */
    record Field(String name, EsqlSpan span) implements EsqlExpr {

        /** Where the name starts. */
        public EsqlPosition position() {
            return span.position();
        }
    }

    /** A query parameter: {@code ?} (name empty), {@code ?name} or {@code ?1} (name "1"). */
    record Param(String name, EsqlSpan span) implements EsqlExpr {

        /** Where the parameter starts. */
        public EsqlPosition position() {
            return span.position();
        }
    }

    /** The {@code *} of {@code COUNT(*)}. */
    record Star(EsqlSpan span) implements EsqlExpr {
    }

    /** A function call; {@code name} is lower case. Named options are a trailing {@link MapLiteral}. */
    record Call(String name, List<EsqlExpr> args, EsqlSpan span) implements EsqlExpr {
        public Call {
            args = List.copyOf(args);
        }

        /** Where the function name starts. */
        public EsqlPosition position() {
            return span.position();
        }
    }

    /** The named-options argument {@code {"key": value, ...}} of a function, in written order. */
    record MapLiteral(Map<String, EsqlExpr> entries, EsqlSpan span) implements EsqlExpr {
        public MapLiteral {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }
    }

    /**
     * A binary operator: arithmetic, comparison, {@code AND}/{@code OR}, or the {@code :} match operator. Operators
     * associate to the left, except that AND and OR chains of more than 64 operands are built balanced (same
     * meaning, logarithmic depth).
     */
    record Binary(Op op, EsqlExpr left, EsqlExpr right, EsqlSpan span) implements EsqlExpr {
    }

    /** Unary minus of an expression that is not a numeric literal. */
    record Negate(EsqlExpr operand, EsqlSpan span) implements EsqlExpr {
    }

    /** {@code NOT operand}. */
    record Not(EsqlExpr operand, EsqlSpan span) implements EsqlExpr {
    }

    /** {@code operand IS [NOT] NULL}. */
    record IsNull(EsqlExpr operand, boolean negated, EsqlSpan span) implements EsqlExpr {
    }

    /** {@code value [NOT] IN (list)}. */
    record In(EsqlExpr value, List<EsqlExpr> list, boolean negated, EsqlSpan span) implements EsqlExpr {
        public In {
            list = List.copyOf(list);
        }
    }

    /**
     * {@code value [NOT] LIKE pattern} (wildcards {@code *} and {@code ?}, {@code \} escapes) or, with {@code regex},
     * {@code RLIKE} (a Lucene regular expression); several patterns for the list form {@code LIKE ("a", "b")}, each
     * with its span.
     */
    record Like(EsqlExpr value, List<String> patterns, List<EsqlSpan> patternSpans, boolean regex, boolean negated,
                EsqlSpan span) implements EsqlExpr {
        public Like {
            patterns = List.copyOf(patterns);
            patternSpans = List.copyOf(patternSpans);
            if (patternSpans.size() != patterns.size()) {
                throw new IllegalArgumentException("one span per pattern");
            }
        }
    }

    /** {@code operand::type}; {@code type} lower case as written ({@code ip}, {@code long}, ...). */
    record Cast(EsqlExpr operand, String type, EsqlSpan span) implements EsqlExpr {
    }

    /** The binary operators, with their ES|QL symbols. */
    enum Op {
        ADD("+"), SUB("-"), MUL("*"), DIV("/"), MOD("%"),
        EQ("=="), NEQ("!="), LT("<"), LTE("<="), GT(">"), GTE(">="),
        AND("and"), OR("or"), MATCH(":");

        private final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }
}
