package dev.rulesmith.validator.esql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import dev.rulesmith.validator.esql.EsqlReference.Removal;

/**
 * The columns in scope between commands, as the query's commands change them. Index fields are an open set: every
 * name is taken for one until a STATS replaces the rows, or a KEEP, DROP or RENAME removes it; computed columns
 * (EVAL, STATS, RENAME, DISSECT, GROK, metadata fields) are tracked by name until a command removes them.
 */
final class EsqlColumns {

    private final Set<String> created = new LinkedHashSet<>();
    private final Map<String, Removal> removed = new LinkedHashMap<>();
    private final List<Function<String, Optional<Removal>>> sourceFilters = new ArrayList<>();
    private Optional<Removal> sourcesGone = Optional.empty();
    private boolean uncertain;

    /** How a name resolves here. */
    EsqlReference resolve(EsqlExpr.Field field) {
        String name = field.name();
        List<String> columns = List.copyOf(created);
        if (created.contains(name)) {
            return new EsqlReference(field, EsqlReference.Kind.COLUMN, Optional.empty(), columns);
        }
        Optional<Removal> gone = Optional.ofNullable(removed.get(name)).or(() -> sourcesGone)
                .or(() -> sourceFilters.stream().map(f -> f.apply(name)).flatMap(Optional::stream).findFirst());
        EsqlReference.Kind kind = uncertain ? EsqlReference.Kind.UNCERTAIN
                : gone.isPresent() ? EsqlReference.Kind.REMOVED : EsqlReference.Kind.SOURCE;
        return new EsqlReference(field, kind, gone, columns);
    }

    void create(String name) {
        created.add(name);
        removed.remove(name);
    }

    /** Keeps the columns {@code kept} accepts; for the others, {@code reason} says what removed them. */
    void retain(Function<String, Boolean> kept, Removal reason) {
        for (String name : List.copyOf(created)) {
            if (!kept.apply(name)) {
                created.remove(name);
                removed.put(name, reason);
            }
        }
        sourceFilters.add(name -> kept.apply(name) ? Optional.empty() : Optional.of(reason));
    }

    /** Renames {@code from} (a computed column or an index field) to {@code to}. */
    void rename(String from, String to, Removal reason) {
        if (created.remove(from)) {
            removed.put(from, reason);
        } else {
            sourceFilters.add(name -> name.equals(from) ? Optional.of(reason) : Optional.empty());
        }
        create(to);
    }

    /** Replaces every column by {@code outputs} (STATS): index fields are gone from here on. */
    void replaceAll(List<String> outputs, Removal reason) {
        for (String name : created) {
            removed.put(name, reason);
        }
        created.clear();
        outputs.forEach(this::create);
        sourcesGone = Optional.of(reason);
    }

    /** After a command Rulesmith does not model, names may come from it: unresolved names are no longer errors. */
    void becomeUncertain() {
        uncertain = true;
    }
}
