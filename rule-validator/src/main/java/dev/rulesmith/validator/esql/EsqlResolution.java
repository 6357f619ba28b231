package dev.rulesmith.validator.esql;

import dev.rulesmith.validator.esql.EsqlCommand.NamePattern;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves every column reference of a query at its place in the pipeline: {@link EsqlReference}s in written order,
 * the names a KEEP, DROP or RENAME spells out without wildcards included.
 */
public final class EsqlResolution {

    private static final Pattern DISSECT_KEY = Pattern.compile("%\\{([^}]*)}");
    private static final Pattern GROK_NAME = Pattern.compile("%\\{[^}:]+:([^}:]+)(?::[^}]*)?}");
    private static final Pattern GROK_GROUP = Pattern.compile("\\(\\?<([^>]+)>");

    private final EsqlColumns columns = new EsqlColumns();
    private final List<EsqlReference> references = new ArrayList<>();

    private EsqlResolution() {
    }

    public static List<EsqlReference> of(EsqlQuery query) {
        EsqlResolution resolution = new EsqlResolution();
        query.commands().forEach(resolution::command);
        return List.copyOf(resolution.references);
    }

    private void command(EsqlCommand command) {
        if (command instanceof EsqlCommand.From from) {
            from.metadata().forEach(field -> columns.create(field.name()));
        } else if (command instanceof EsqlCommand.Eval eval) {
            eval.assignments().forEach(a -> {
                resolveAll(a.value());
                columns.create(a.target().name());
            });
        } else if (command instanceof EsqlCommand.Row row) {
            columns.replaceAll(List.of(), removal(command, "the ROW at %s has only its own columns"));
            row.assignments().forEach(a -> {
                resolveAll(a.value());
                columns.create(a.target().name());
            });
        } else if (command instanceof EsqlCommand.Stats stats) {
            EsqlWalk.expressions(stats).forEach(this::resolveAll);
            List<String> outputs = new ArrayList<>();
            stats.aggregates().forEach(a -> outputs.add(a.target().name()));
            stats.groupings().forEach(g -> outputs.add(g.target().name()));
            if (stats.inline()) {
                outputs.forEach(columns::create);
            } else {
                columns.replaceAll(outputs,
                        removal(command, "the STATS at %s keeps only its aggregates and BY groups"));
            }
        } else if (command instanceof EsqlCommand.Keep keep) {
            keep.patterns().forEach(this::resolvePattern);
            columns.retain(name -> keep.patterns().stream().anyMatch(p -> p.matches(name)),
                    removal(command, "the KEEP at %s does not keep it"));
        } else if (command instanceof EsqlCommand.Drop drop) {
            drop.patterns().forEach(this::resolvePattern);
            columns.retain(name -> drop.patterns().stream().noneMatch(p -> p.matches(name)),
                    removal(command, "the DROP at %s removes it"));
        } else if (command instanceof EsqlCommand.Rename rename) {
            rename.renamings().forEach(r -> {
                resolvePattern(r.from());
                columns.rename(r.from().pattern(), r.to().pattern(),
                        removal(command, "the RENAME at %s renames it to " + r.to().pattern().replace("%", "%%")));
            });
        } else {
            parsing(command);
        }
    }

    /** WHERE, SORT, LIMIT, MV_EXPAND only read; DISSECT and GROK add their keys; unmodelled commands may add any. */
    private void parsing(EsqlCommand command) {
        EsqlWalk.expressions(command).forEach(this::resolveAll);
        if (command instanceof EsqlCommand.Dissect dissect) {
            keys(DISSECT_KEY, dissect.pattern()).stream().map(EsqlResolution::dissectKey)
                    .filter(key -> !key.isEmpty()).forEach(columns::create);
        } else if (command instanceof EsqlCommand.Grok grok) {
            grok.patterns().forEach(p -> {
                keys(GROK_NAME, p).forEach(columns::create);
                keys(GROK_GROUP, p).forEach(columns::create);
            });
        } else if (command instanceof EsqlCommand.Unsupported) {
            columns.becomeUncertain();
        }
    }

    private void resolveAll(EsqlExpr expr) {
        EsqlWalk.fields(expr).forEach(field -> references.add(columns.resolve(field)));
    }

    private void resolvePattern(NamePattern pattern) {
        if (!pattern.isWildcard()) {
            references.add(columns.resolve(new EsqlExpr.Field(pattern.pattern(), pattern.span())));
        }
    }

    private static List<String> keys(Pattern pattern, String text) {
        List<String> keys = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            keys.add(matcher.group(1));
        }
        return keys;
    }

    /** A dissect key without its modifiers; empty for skipped ({@code ?}), reference and unnamed keys. */
    private static String dissectKey(String key) {
        String name = key.endsWith("->") ? key.substring(0, key.length() - 2) : key;
        if (name.startsWith("?") || name.startsWith("*") || name.startsWith("&")) {
            return "";
        }
        name = name.startsWith("+") ? name.substring(1) : name;
        int ordinal = name.indexOf('/');
        return ordinal >= 0 ? name.substring(0, ordinal) : name;
    }

    private static EsqlReference.Removal removal(EsqlCommand command, String reason) {
        return new EsqlReference.Removal(reason, command.position());
    }
}
