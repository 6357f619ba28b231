package dev.rulesmith.validator.esql;

import dev.rulesmith.validator.esql.EsqlBaseParser.CommandContext;
import dev.rulesmith.validator.esql.EsqlCommand.Aggregate;
import dev.rulesmith.validator.esql.EsqlCommand.Assignment;
import dev.rulesmith.validator.esql.EsqlCommand.NamePattern;
import dev.rulesmith.validator.text.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.misc.Interval;

/** Builds {@link EsqlCommand}s from the parse tree, checking what the grammar leaves open. */
final class EsqlCommands {

    private static final List<String> KNOWN_COMMANDS = List.of("FROM", "WHERE", "EVAL", "STATS", "INLINE STATS",
            "KEEP", "DROP", "RENAME", "SORT", "LIMIT", "MV_EXPAND", "DISSECT", "GROK", "ENRICH", "LOOKUP JOIN",
            "COMPLETION", "CHANGE_POINT", "FORK", "RERANK", "SAMPLE", "ROW", "SHOW", "TS");

    private final EsqlExpressions expressions = new EsqlExpressions();
    private final EsqlConstants constants = new EsqlConstants();

    EsqlQuery build(EsqlBaseParser.QueryContext ctx) {
        List<EsqlCommand> commands = new ArrayList<>();
        for (CommandContext command : ctx.command()) {
            commands.add(command(command));
        }
        EsqlOrder.check(commands);
        return new EsqlQuery(commands);
    }

    private EsqlCommand command(CommandContext ctx) {
        EsqlPosition at = EsqlNames.position(ctx.getStart());
        if (ctx instanceof EsqlBaseParser.FromCommandContext from) {
            return from(at, from);
        }
        if (ctx instanceof EsqlBaseParser.WhereCommandContext where) {
            return new EsqlCommand.Where(at, expressions.bool(where.booleanExpression()));
        }
        if (ctx instanceof EsqlBaseParser.EvalCommandContext eval) {
            return new EsqlCommand.Eval(at, assignments(eval.fields()));
        }
        if (ctx instanceof EsqlBaseParser.RowCommandContext row) {
            return new EsqlCommand.Row(at, assignments(row.fields()));
        }
        if (ctx instanceof EsqlBaseParser.StatsCommandContext stats) {
            return stats(at, stats);
        }
        if (ctx instanceof EsqlBaseParser.ProjectCommandContext project) {
            List<NamePattern> patterns = project.namePatterns().namePattern().stream().map(this::pattern).toList();
            return project.KEEP() != null ? new EsqlCommand.Keep(at, patterns) : new EsqlCommand.Drop(at, patterns);
        }
        if (ctx instanceof EsqlBaseParser.RenameCommandContext rename) {
            return new EsqlCommand.Rename(at, rename.renaming().stream().map(this::renaming).toList());
        }
        if (ctx instanceof EsqlBaseParser.SortCommandContext sort) {
            return new EsqlCommand.Sort(at, sort.order().stream().map(this::order).toList());
        }
        if (ctx instanceof EsqlBaseParser.LimitCommandContext limit) {
            return limit(at, limit);
        }
        if (ctx instanceof EsqlBaseParser.MvExpandCommandContext expand) {
            return new EsqlCommand.MvExpand(at, expressions.field(expand.qualifiedName()));
        }
        if (ctx instanceof EsqlBaseParser.DissectCommandContext dissect) {
            return dissect(at, dissect);
        }
        if (ctx instanceof EsqlBaseParser.GrokCommandContext grok) {
            return new EsqlCommand.Grok(at, expressions.primary(grok.primaryExpression()),
                    grok.string().stream().map(constants::string).toList());
        }
        return opaque(at, (EsqlBaseParser.OpaqueCommandContext) ctx);
    }

    private EsqlCommand from(EsqlPosition at, EsqlBaseParser.FromCommandContext ctx) {
        List<String> indices = names(ctx.sourceNames(0));
        List<EsqlExpr.Field> metadata = new ArrayList<>();
        if (ctx.METADATA() != null) {
            for (EsqlBaseParser.SourceNameContext name : ctx.sourceNames(1).sourceName()) {
                metadata.add(new EsqlExpr.Field(text(name), EsqlNames.span(name)));
            }
        }
        return new EsqlCommand.From(at, indices, metadata);
    }

    private List<String> names(EsqlBaseParser.SourceNamesContext ctx) {
        return ctx.sourceName().stream().map(this::text).toList();
    }

    private String text(EsqlBaseParser.SourceNameContext ctx) {
        return ctx.string() != null ? constants.string(ctx.string()) : ctx.getText();
    }

    private EsqlCommand stats(EsqlPosition at, EsqlBaseParser.StatsCommandContext ctx) {
        List<Aggregate> aggregates = new ArrayList<>();
        if (ctx.aggregates() != null) {
            for (EsqlBaseParser.AggregateContext aggregate : ctx.aggregates().aggregate()) {
                Assignment assignment = assignment(aggregate.field());
                Optional<EsqlExpr> filter = Optional.ofNullable(aggregate.booleanExpression())
                        .map(expressions::bool);
                aggregates.add(new Aggregate(assignment.target(), assignment.value(), filter));
            }
        }
        List<Assignment> groupings = ctx.fields() == null ? List.of() : assignments(ctx.fields());
        if (aggregates.isEmpty() && groupings.isEmpty()) {
            throw EsqlExpressions.error(ctx, "STATS needs at least one aggregate or a BY clause");
        }
        return new EsqlCommand.Stats(at, aggregates, groupings, ctx.INLINE_STATS() != null);
    }

    private List<Assignment> assignments(EsqlBaseParser.FieldsContext ctx) {
        return ctx.field().stream().map(this::assignment).toList();
    }

    private Assignment assignment(EsqlBaseParser.FieldContext ctx) {
        EsqlExpr value = expressions.bool(ctx.booleanExpression());
        EsqlExpr.Field target = ctx.qualifiedName() != null ? expressions.field(ctx.qualifiedName())
                : new EsqlExpr.Field(source(ctx.booleanExpression()), EsqlNames.span(ctx));
        return new Assignment(target, value);
    }

    private NamePattern pattern(EsqlBaseParser.NamePatternContext ctx) {
        return new NamePattern(EsqlNames.pattern(ctx), EsqlNames.span(ctx));
    }

    private EsqlCommand.Renaming renaming(EsqlBaseParser.RenamingContext ctx) {
        NamePattern first = pattern(ctx.namePattern(0));
        NamePattern second = pattern(ctx.namePattern(1));
        return ctx.AS() != null ? new EsqlCommand.Renaming(first, second) : new EsqlCommand.Renaming(second, first);
    }

    private EsqlCommand.Order order(EsqlBaseParser.OrderContext ctx) {
        boolean ascending = ctx.DESC() == null;
        boolean nullsFirst = ctx.NULLS() != null ? ctx.FIRST() != null : !ascending;
        return new EsqlCommand.Order(expressions.bool(ctx.booleanExpression()), ascending, nullsFirst);
    }

    private EsqlCommand limit(EsqlPosition at, EsqlBaseParser.LimitCommandContext ctx) {
        try {
            return new EsqlCommand.Limit(at, Long.parseLong(ctx.INTEGER().getText()));
        } catch (NumberFormatException e) {
            throw EsqlExpressions.error(ctx, "LIMIT " + ctx.INTEGER().getText() + " is too large");
        }
    }

    private EsqlCommand dissect(EsqlPosition at, EsqlBaseParser.DissectCommandContext ctx) {
        Optional<String> separator = Optional.empty();
        for (EsqlBaseParser.CommandOptionContext option : ctx.commandOption()) {
            String name = EsqlNames.identifier(option.identifier());
            EsqlExpr value = constants.constant(option.constant());
            if (!name.equalsIgnoreCase("append_separator")) {
                throw EsqlExpressions.error(option, "DISSECT has no option " + name + "; it takes APPEND_SEPARATOR");
            }
            if (!(value instanceof EsqlExpr.Literal literal && literal.value() instanceof String string)) {
                throw EsqlExpressions.error(option.constant(), "APPEND_SEPARATOR takes a string");
            }
            separator = Optional.of(string);
        }
        return new EsqlCommand.Dissect(at, expressions.primary(ctx.primaryExpression()),
                constants.string(ctx.string()), separator);
    }

    private EsqlCommand opaque(EsqlPosition at, EsqlBaseParser.OpaqueCommandContext ctx) {
        String written = ctx.getStart().getText();
        if (ctx.UNKNOWN_COMMAND() != null) {
            throw EsqlExpressions.error(ctx, "unknown command '" + written + "'"
                    + Suggestions.didYouMean(written, KNOWN_COMMANDS));
        }
        return new EsqlCommand.Unsupported(at, written.toUpperCase(Locale.ROOT).replaceAll("\\s+", " "), source(ctx));
    }

    /** The text of {@code ctx} as written in the query. */
    private static String source(ParserRuleContext ctx) {
        int start = ctx.getStart().getStartIndex();
        int stop = ctx.getStop() == null ? ctx.getStart().getStopIndex() : ctx.getStop().getStopIndex();
        return ctx.getStart().getInputStream().getText(Interval.of(start, Math.max(start, stop)));
    }
}
