package dev.rulesmith.validator.eql;

import org.antlr.v4.runtime.Token;

/**
 * Plain-word reasons for the syntax errors people make most, in place of ANTLR's token lists: the pre-7.12 forms
 * {@code =} and {@code !:}, {@code :} with a field on its right-hand side, and a query that ends too early. Other
 * errors keep ANTLR's message.
 */
final class SyntaxReasons {

    private SyntaxReasons() {
    }

    /** The reason for a parser error at {@code offending}, the token after {@code previous} (null at the start). */
    static String parser(Token offending, Token previous, String antlrMessage) {
        if (offending.getType() == EqlBaseLexer.ASGN) {
            return "'=' is not an EQL comparison: use '==' (case-sensitive) or ':' (case-insensitive)";
        }
        if (offending.getType() == Token.EOF && !antlrMessage.startsWith("missing ")) {
            return previous == null ? "the query is empty" : "the query ends too early, after '" + previous.getText() + "'";
        }
        if (previous != null && previous.getType() == EqlBaseLexer.SEQ) {
            return "':' compares with constants (a string, a wildcard pattern, a number, null or a list of them);"
                    + " comparing with '" + offending.getText() + "' is not supported by Elasticsearch EQL";
        }
        return antlrMessage;
    }

    /** The reason for a lexer error on the text starting at {@code rest}. */
    static String lexer(String rest, String antlrMessage) {
        if (rest.startsWith("!:")) {
            return "'!:' is not EQL: write 'not field : value', or '!=' for case-sensitive inequality";
        }
        return antlrMessage;
    }
}
