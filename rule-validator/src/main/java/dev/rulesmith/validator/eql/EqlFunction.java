package dev.rulesmith.validator.eql;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The functions of Elasticsearch EQL, with their argument counts and whether a case-insensitive {@code name~}
 * variant exists. Names are resolved case-insensitively, as Elasticsearch does.
 */
public enum EqlFunction {
    ADD("add", 2, 2, false),
    BETWEEN("between", 3, 4, true),
    CIDR_MATCH("cidrMatch", 2, Integer.MAX_VALUE, false),
    CONCAT("concat", 1, Integer.MAX_VALUE, false),
    DIVIDE("divide", 2, 2, false),
    ENDS_WITH("endsWith", 2, 2, true),
    INDEX_OF("indexOf", 2, 3, true),
    LENGTH("length", 1, 1, false),
    MODULO("modulo", 2, 2, false),
    MULTIPLY("multiply", 2, 2, false),
    NUMBER("number", 1, 2, false),
    STARTS_WITH("startsWith", 2, 2, true),
    STRING("string", 1, 1, false),
    STRING_CONTAINS("stringContains", 2, 2, true),
    SUBSTRING("substring", 2, 3, false),
    SUBTRACT("subtract", 2, 2, false);

    private final String displayName;
    private final int minArguments;
    private final int maxArguments;
    private final boolean caseInsensitiveVariant;

    EqlFunction(String displayName, int minArguments, int maxArguments, boolean caseInsensitiveVariant) {
        this.displayName = displayName;
        this.minArguments = minArguments;
        this.maxArguments = maxArguments;
        this.caseInsensitiveVariant = caseInsensitiveVariant;
    }

    /** The function named {@code name}, ignoring case. */
    public static Optional<EqlFunction> named(String name) {
        return Arrays.stream(values())
                .filter(f -> f.displayName.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))
                .findFirst();
    }

    /** The name as Elasticsearch documents it ({@code startsWith}). */
    public String displayName() {
        return displayName;
    }

    public int minArguments() {
        return minArguments;
    }

    /** The most arguments accepted; {@code Integer.MAX_VALUE} for variadic functions. */
    public int maxArguments() {
        return maxArguments;
    }

    /** Whether {@code name~(...)} exists. */
    public boolean caseInsensitiveVariant() {
        return caseInsensitiveVariant;
    }

    /** Whether {@code count} arguments are accepted. */
    public boolean accepts(int count) {
        return count >= minArguments && count <= maxArguments;
    }
}
