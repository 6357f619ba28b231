package dev.rulesmith.validator.esql;

import dev.rulesmith.validator.text.Glob;
import java.util.List;
import java.util.Optional;

/** One command of an ES|QL query, with the position of its keyword. */
public sealed interface EsqlCommand {

    /** Where the command's keyword starts. */
    EsqlPosition position();

    /** {@code FROM indices [METADATA fields]}: index patterns as written (quotes removed). */
    record From(EsqlPosition position, List<String> indices, List<EsqlExpr.Field> metadata) implements EsqlCommand {
        public From {
            indices = List.copyOf(indices);
            metadata = List.copyOf(metadata);
        }
    }

    /** {@code WHERE condition}. */
    record Where(EsqlPosition position, EsqlExpr condition) implements EsqlCommand {
    }

    /** {@code EVAL column = expression, ...}. */
    record Eval(EsqlPosition position, List<Assignment> assignments) implements EsqlCommand {
        public Eval {
            assignments = List.copyOf(assignments);
        }
    }

    /** {@code ROW column = expression, ...}: a source command producing one row of the given columns. */
    record Row(EsqlPosition position, List<Assignment> assignments) implements EsqlCommand {
        public Row {
            assignments = List.copyOf(assignments);
        }
    }

    /**
     * {@code STATS aggregates BY groupings}, or with {@code inline} set {@code INLINE STATS} (which adds the
     * aggregates to every row instead of replacing the rows).
     */
    record Stats(EsqlPosition position, List<Aggregate> aggregates, List<Assignment> groupings, boolean inline)
            implements EsqlCommand {
        public Stats {
            aggregates = List.copyOf(aggregates);
            groupings = List.copyOf(groupings);
        }
    }

    /** {@code KEEP patterns}. */
    record Keep(EsqlPosition position, List<NamePattern> patterns) implements EsqlCommand {
        public Keep {
            patterns = List.copyOf(patterns);
        }
    }

    /** {@code DROP patterns}. */
    record Drop(EsqlPosition position, List<NamePattern> patterns) implements EsqlCommand {
        public Drop {
            patterns = List.copyOf(patterns);
        }
    }

    /** {@code RENAME old AS new, ...} (or {@code new = old}). */
    record Rename(EsqlPosition position, List<Renaming> renamings) implements EsqlCommand {
        public Rename {
            renamings = List.copyOf(renamings);
        }
    }

    /** {@code SORT expression [ASC|DESC] [NULLS FIRST|LAST], ...}. */
    record Sort(EsqlPosition position, List<Order> orders) implements EsqlCommand {
        public Sort {
            orders = List.copyOf(orders);
        }
    }

    /** {@code LIMIT count}. */
    record Limit(EsqlPosition position, long count) implements EsqlCommand {
    }

    /** {@code MV_EXPAND column}. */
    record MvExpand(EsqlPosition position, EsqlExpr.Field field) implements EsqlCommand {
    }

    /** {@code DISSECT input "pattern" [APPEND_SEPARATOR = "sep"]}. */
    record Dissect(EsqlPosition position, EsqlExpr input, String pattern, Optional<String> appendSeparator)
            implements EsqlCommand {
    }

    /** {@code GROK input "pattern", ...}. */
    record Grok(EsqlPosition position, EsqlExpr input, List<String> patterns) implements EsqlCommand {
        public Grok {
            patterns = List.copyOf(patterns);
        }
    }

    /**
     * A command Elasticsearch knows that Rulesmith recognises but neither checks nor evaluates ({@code ENRICH},
     * {@code LOOKUP JOIN}, {@code COMPLETION}, {@code SHOW}, ...): its name in upper case and its text as written.
     */
    record Unsupported(EsqlPosition position, String name, String text) implements EsqlCommand {
    }

    /** A computed column: {@code target = value}, or an unnamed expression, named by its text as ES|QL does. */
    record Assignment(EsqlExpr.Field target, EsqlExpr value) {
    }

    /** An aggregate of {@code STATS}, optionally filtered by {@code WHERE condition}. */
    record Aggregate(EsqlExpr.Field target, EsqlExpr value, Optional<EsqlExpr> filter) {
    }

    /** A sort key; {@code nullsFirst} is resolved (by default nulls sort last ascending, first descending). */
    record Order(EsqlExpr key, boolean ascending, boolean nullsFirst) {
    }

    /** {@code from AS to} in {@code RENAME}. */
    record Renaming(NamePattern from, NamePattern to) {
    }

    /** A column name or a pattern with {@code *} wildcards, as in {@code KEEP} and {@code DROP}. */
    record NamePattern(String pattern, EsqlSpan span) {

        /** Where the pattern starts. */
        public EsqlPosition position() {
            return span.position();
        }

        public boolean isWildcard() {
            return pattern.indexOf('*') >= 0;
        }

        public boolean matches(String column) {
            return Glob.matches(pattern, column);
        }
    }
}
