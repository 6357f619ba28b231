package dev.rulesmith.validator.esql;

import java.util.List;
import java.util.Optional;

/**
 * A column reference and how it resolves at its place in the query: to a computed column, to an index field (to be
 * checked against the schemas), to a column an earlier command removed ({@code removal} says which), or to a name
 * that an earlier command Rulesmith does not model may have created. {@code columns} are the computed columns in
 * scope there, for "did you mean".
 */
public record EsqlReference(EsqlExpr.Field field, Kind kind, Optional<Removal> removal, List<String> columns) {

    public EsqlReference {
        columns = List.copyOf(columns);
    }

    /** How a reference resolves. */
    public enum Kind {
        COLUMN, SOURCE, REMOVED, UNCERTAIN
    }

    /**
     * The command that removed a column: {@code reason} names it with one {@code %s} for where it stands, so that
     * a check can fill in the position in its own terms (such as the TOML file's line:col).
     */
    public record Removal(String reason, EsqlPosition at) {

        public String describe(String where) {
            return String.format(reason, where);
        }
    }
}
