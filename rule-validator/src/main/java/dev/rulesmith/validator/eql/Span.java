package dev.rulesmith.validator.eql;

/**
 * Where a node sits in the query text: character offsets [start, end) and the 1-based line and column of start.
 */
public record Span(int start, int end, int line, int column) {
}
