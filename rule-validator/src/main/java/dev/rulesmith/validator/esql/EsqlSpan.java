package dev.rulesmith.validator.esql;

/**
 * Where a node sits in the query text: character offsets [start, end) and the 1-based line and column of start.
 */
public record EsqlSpan(int start, int end, int line, int column) {

    /** The line and column of the start. */
    public EsqlPosition position() {
        return new EsqlPosition(line, column);
    }
}
