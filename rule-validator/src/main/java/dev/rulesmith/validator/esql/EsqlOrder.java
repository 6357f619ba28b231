package dev.rulesmith.validator.esql;

import dev.rulesmith.validator.query.QuerySyntaxException;
import java.util.List;
import java.util.Set;

/** Where commands may stand: a query starts with its one source command, and no source command follows. */
final class EsqlOrder {

    /** The commands, among those Rulesmith does not model, that produce rows instead of processing them. */
    private static final Set<String> UNSUPPORTED_SOURCES = Set.of("SHOW", "TS", "METRICS", "EXPLAIN", "SET");

    private EsqlOrder() {
    }

    static void check(List<EsqlCommand> commands) {
        for (int i = 0; i < commands.size(); i++) {
            EsqlCommand command = commands.get(i);
            boolean source = isSource(command);
            if (i == 0 && !source) {
                throw at(command, "a query starts with a source command such as FROM, not " + name(command));
            }
            if (i > 0 && source) {
                throw at(command, name(command) + " can only start a query; after a pipe comes a processing command");
            }
        }
    }

    private static boolean isSource(EsqlCommand command) {
        return command instanceof EsqlCommand.From || command instanceof EsqlCommand.Row
                || command instanceof EsqlCommand.Unsupported unsupported
                && UNSUPPORTED_SOURCES.contains(unsupported.name());
    }

    private static String name(EsqlCommand command) {
        if (command instanceof EsqlCommand.Unsupported unsupported) {
            return unsupported.name();
        }
        if (command instanceof EsqlCommand.Stats stats) {
            return stats.inline() ? "INLINE STATS" : "STATS";
        }
        String simple = command.getClass().getSimpleName();
        return simple.equals("MvExpand") ? "MV_EXPAND" : simple.toUpperCase(java.util.Locale.ROOT);
    }

    private static QuerySyntaxException at(EsqlCommand command, String reason) {
        return new QuerySyntaxException(command.position().line(), command.position().column(), reason);
    }
}
