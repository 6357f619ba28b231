package dev.rulesmith.validator.query;

/** A query that does not parse, with the 1-based line and column (inside the query text) of the problem. */
public final class QuerySyntaxException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;
    private final String reason;

    public QuerySyntaxException(int line, int column, String reason) {
        super("line " + line + ":" + column + ": " + reason);
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** The message without its position. */
    public String reason() {
        return reason;
    }
}
