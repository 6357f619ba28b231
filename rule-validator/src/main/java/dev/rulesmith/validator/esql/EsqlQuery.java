package dev.rulesmith.validator.esql;

import java.util.List;

/** A parsed ES|QL query: its source command followed by its processing commands, in order. */
public record EsqlQuery(List<EsqlCommand> commands) {

    public EsqlQuery {
        commands = List.copyOf(commands);
    }

    /** True when a command computes aggregates that replace the rows ({@code STATS}, not {@code INLINE STATS}). */
    public boolean aggregates() {
        return commands.stream().anyMatch(c -> c instanceof EsqlCommand.Stats stats && !stats.inline());
    }

    /** The commands Rulesmith cannot evaluate ({@code ENRICH}, {@code LOOKUP JOIN}, {@code COMPLETION}, ...). */
    public List<EsqlCommand.Unsupported> unsupported() {
        return commands.stream().filter(EsqlCommand.Unsupported.class::isInstance)
                .map(EsqlCommand.Unsupported.class::cast).toList();
    }
}
