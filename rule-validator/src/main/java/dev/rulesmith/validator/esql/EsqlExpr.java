package dev.rulesmith.validator.esql;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An ES|QL expression. Names of functions and types are lower case; keywords are case-insensitive in ES|QL. */
public sealed interface EsqlExpr {

    /**
     * A constant: {@code null}, a {@link Boolean}, an {@link Integer} or {@link Long} (by size, as ES|QL types
     * integer literals), a {@link java.math.BigInteger} beyond long, a {@link Double} or a {@link String}
     * (unescaped). Unary minus before a number is folded into the literal.
     */
    record Literal(Object value) implements EsqlExpr {
    }

    /** A time span or date period such as {@code 1 hour} or {@code 5m}: the amount and the unit as written. */
    record TimeSpan(long amount, String unit) implements EsqlExpr {
    }

    /** A list constant {@code [a, b, ...]} of literals. */
    record ListLiteral(List<Literal> values) implements EsqlExpr {
        public ListLiteral {
            values = List.copyOf(values);
        }
    }

    /** A column reference: its name with back-quotes removed and parts joined by dots. */
    record Field(String name, EsqlPosition position) implements EsqlExpr {
    }

    /** A query parameter: {@code ?} (name empty), {@code ?name} or {@code ?1} (name "1"). */
    record Param(String name, EsqlPosition position) implements EsqlExpr {
    }

    /** The {@code *} of {@code COUNT(*)}. */
    record Star() implements EsqlExpr {
    }

    /** A function call; {@code name} is lower case. Named options are a trailing {@link MapLiteral}. */
    record Call(String name, List<EsqlExpr> args, EsqlPosition position) implements EsqlExpr {
        public Call {
            args = List.copyOf(args);
        }
    }

    /** The named-options argument {@code {"key": value, ...}} of a function, in written order. */
    record MapLiteral(Map<String, EsqlExpr> entries) implements EsqlExpr {
        public MapLiteral {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }
    }

    /**
     * A binary operator: arithmetic, comparison, {@code AND}/{@code OR}, or the {@code :} match operator. Operators
     * associate to the left, except that AND and OR chains of more than 64 operands are built balanced (same
     * meaning, logarithmic depth).
     */
    record Binary(Op op, EsqlExpr left, EsqlExpr right) implements EsqlExpr {
    }

    /** Unary minus of an expression that is not a numeric literal. */
    record Negate(EsqlExpr operand) implements EsqlExpr {
    }

    /** {@code NOT operand}. */
    record Not(EsqlExpr operand) implements EsqlExpr {
    }

    /** {@code operand IS [NOT] NULL}. */
    record IsNull(EsqlExpr operand, boolean negated) implements EsqlExpr {
    }

    /** {@code value [NOT] IN (list)}. */
    record In(EsqlExpr value, List<EsqlExpr> list, boolean negated) implements EsqlExpr {
        public In {
            list = List.copyOf(list);
        }
    }

    /**
     * {@code value [NOT] LIKE pattern} (wildcards {@code *} and {@code ?}, {@code \} escapes) or, with {@code regex},
     * {@code RLIKE} (a Lucene regular expression); several patterns for the list form {@code LIKE ("a", "b")}.
     */
    record Like(EsqlExpr value, List<String> patterns, boolean regex, boolean negated) implements EsqlExpr {
        public Like {
            patterns = List.copyOf(patterns);
        }
    }

    /** {@code operand::type}; {@code type} lower case as written ({@code ip}, {@code long}, ...). */
    record Cast(EsqlExpr operand, String type) implements EsqlExpr {
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
