package dev.rulesmith.validator.esql;

import java.util.Locale;

/**
 * One token of an ES|QL query, with the 1-based line and column where it starts. {@code text} is the token as
 * written, except for quoted identifiers, whose back-quotes are removed (doubled back-quotes unescaped).
 */
public record EsqlToken(Kind kind, String text, int line, int column) {

    /** The kinds of token the tokeniser tells apart. */
    public enum Kind {
        /** A keyword, name, number, operator or unquoted index pattern: anything else up to a separator. */
        WORD,
        /** A string literal, {@code "..."} or {@code """..."""}. */
        STRING,
        /** A back-quoted identifier. */
        QUOTED_IDENTIFIER,
        COMMA,
        PIPE,
        OPEN,
        CLOSE
    }

    /** True for a word equal to {@code keyword}, ignoring case (ES|QL keywords are case-insensitive). */
    public boolean isKeyword(String keyword) {
        return kind == Kind.WORD && text.toLowerCase(Locale.ROOT).equals(keyword);
    }

    /** True for a token that names a column or index: a word or a quoted identifier. */
    public boolean isName() {
        return kind == Kind.WORD || kind == Kind.QUOTED_IDENTIFIER;
    }
}
