package dev.rulesmith.validator.esql;

/** A 1-based line and column inside an ES|QL query's text. */
public record EsqlPosition(int line, int column) {

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
