package dev.rulesmith.validator.eql;

import java.util.List;

/**
 * An EQL expression. Operators carry the flags an evaluator needs (case-insensitive variants, negation), and
 * wildcard and regular-expression patterns are kept as written (escapes of the string literal resolved, pattern
 * syntax untouched).
 */
public sealed interface EqlExpr {

    Span span();

    /** A constant. */
    sealed interface Literal extends EqlExpr {
    }

    /** A string literal, escapes resolved ({@code """raw"""} strings kept verbatim). */
    record StringLiteral(String value, Span span) implements Literal {
    }

    /** An integer literal (a unary minus before a number is folded into it). */
    record IntegerLiteral(long value, Span span) implements Literal {
    }

    /** A decimal literal. */
    record DecimalLiteral(double value, Span span) implements Literal {
    }

    /** {@code true} or {@code false}. */
    record BooleanLiteral(boolean value, Span span) implements Literal {
    }

    /** {@code null}. */
    record NullLiteral(Span span) implements Literal {
    }

    /**
     * A field reference: {@code name} is the dotted path ({@code process.name}; a back-quoted part is taken as
     * written, so {@code `a.b`} is the field {@code a.b}); {@code optional} for {@code ?field}, which Elasticsearch
     * treats as null when the field is not mapped.
     */
    record Field(String name, boolean optional, Span span) implements EqlExpr {
    }

    /** All operands hold (flattened: no operand is itself an {@code And}). */
    record And(List<EqlExpr> operands, Span span) implements EqlExpr {
        public And {
            operands = List.copyOf(operands);
        }
    }

    /** At least one operand holds (flattened: no operand is itself an {@code Or}). */
    record Or(List<EqlExpr> operands, Span span) implements EqlExpr {
        public Or {
            operands = List.copyOf(operands);
        }
    }

    /** {@code not operand}. */
    record Not(EqlExpr operand, Span span) implements EqlExpr {
    }

    /** {@code left op right}; {@code ==} and {@code !=} are case-sensitive. */
    record Comparison(EqlExpr left, ComparisonOperator operator, EqlExpr right, Span span) implements EqlExpr {
    }

    /**
     * {@code value : pattern}, {@code value like pattern}, {@code value regex pattern} (and the {@code ~} forms): true
     * when the value matches at least one of the patterns. {@code :} is always case-insensitive.
     */
    record PatternMatch(EqlExpr value, MatchOperator operator, boolean caseInsensitive, List<Literal> patterns,
                        Span span) implements EqlExpr {
        public PatternMatch {
            patterns = List.copyOf(patterns);
        }
    }

    /** {@code value in (candidates)}, {@code in~} (case-insensitive) and {@code not in}. */
    record In(EqlExpr value, List<EqlExpr> candidates, boolean caseInsensitive, boolean negated, Span span)
            implements EqlExpr {
        public In {
            candidates = List.copyOf(candidates);
        }
    }

    /** {@code left op right} for {@code + - * / %}. */
    record Arithmetic(EqlExpr left, ArithmeticOperator operator, EqlExpr right, Span span) implements EqlExpr {
    }

    /** Unary minus of a non-literal operand. */
    record Negate(EqlExpr operand, Span span) implements EqlExpr {
    }

    /** A call of one of Elasticsearch's EQL functions; {@code caseInsensitive} for {@code name~(...)}. */
    record FunctionCall(EqlFunction function, boolean caseInsensitive, List<EqlExpr> arguments, Span span)
            implements EqlExpr {
        public FunctionCall {
            arguments = List.copyOf(arguments);
        }
    }

    /** A comparison operator. */
    enum ComparisonOperator {
        EQ("=="), NEQ("!="), LT("<"), LTE("<="), GT(">"), GTE(">=");

        private final String symbol;

        ComparisonOperator(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }

    /** A pattern operator: {@code :} (wildcards {@code *} and {@code ?}), {@code like}, {@code regex}. */
    enum MatchOperator {
        WILDCARD_EQUALS(":"), LIKE("like"), REGEX("regex");

        private final String symbol;

        MatchOperator(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }

    /** An arithmetic operator. */
    enum ArithmeticOperator {
        ADD("+"), SUBTRACT("-"), MULTIPLY("*"), DIVIDE("/"), MODULO("%");

        private final String symbol;

        ArithmeticOperator(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }
}
