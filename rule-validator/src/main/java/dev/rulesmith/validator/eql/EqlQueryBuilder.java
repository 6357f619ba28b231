package dev.rulesmith.validator.eql;

import dev.rulesmith.validator.eql.EqlBaseParser.EventFilterContext;
import dev.rulesmith.validator.eql.EqlBaseParser.JoinKeysContext;
import dev.rulesmith.validator.eql.EqlBaseParser.PipeContext;
import dev.rulesmith.validator.eql.EqlBaseParser.QueryContext;
import dev.rulesmith.validator.eql.EqlBaseParser.SampleContext;
import dev.rulesmith.validator.eql.EqlBaseParser.SequenceContext;
import dev.rulesmith.validator.eql.EqlBaseParser.SequenceTermContext;
import dev.rulesmith.validator.eql.EqlBaseParser.SingleStatementContext;
import dev.rulesmith.validator.eql.EqlExpr.IntegerLiteral;
import dev.rulesmith.validator.eql.EqlQuery.EventFilter;
import dev.rulesmith.validator.eql.EqlQuery.EventQuery;
import dev.rulesmith.validator.eql.EqlQuery.Pipe;
import dev.rulesmith.validator.eql.EqlQuery.PipeKind;
import dev.rulesmith.validator.eql.EqlQuery.Sample;
import dev.rulesmith.validator.eql.EqlQuery.Sequence;
import dev.rulesmith.validator.eql.EqlQuery.Step;
import dev.rulesmith.validator.text.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.Token;

/** Builds {@link EqlQuery} from the parse tree and rejects what Elasticsearch EQL does not support. */
final class EqlQueryBuilder {

    /** Pipes of the original (Endgame) EQL that Elasticsearch does not implement. */
    private static final Set<String> UNSUPPORTED_PIPES = Set.of("count", "filter", "sort", "unique", "unique_count",
            "window");
    private static final int MAX_RUNS = 100;

    private final EqlExpressionBuilder expressions = new EqlExpressionBuilder();

    EqlQuery build(SingleStatementContext ctx) {
        QueryContext query = ctx.statement().query();
        Span span = Positions.of(ctx.statement());
        if (query.eventQuery() != null) {
            EventFilter filter = filter(query.eventQuery().eventFilter());
            return new EventQuery(filter, pipes(ctx), span);
        }
        if (query.sequence() != null) {
            return sequence(query.sequence(), ctx);
        }
        if (query.sample() != null) {
            return sample(query.sample(), ctx);
        }
        throw Positions.error(query.join().JOIN().getSymbol(),
                "'join' is not supported by Elasticsearch EQL (use sequence or sample)");
    }

    private EventFilter filter(EventFilterContext ctx) {
        Optional<String> category = ctx.event == null ? Optional.empty() : Optional.of(category(ctx.event.getStart()));
        return new EventFilter(category, expressions.expression(ctx.expression()), Positions.of(ctx));
    }

    private static String category(Token token) {
        return token.getType() == EqlBaseParser.STRING ? EqlLiterals.string(token)
                : EqlPrimaryBuilder.identifier(token);
    }

    private Sequence sequence(SequenceContext ctx, SingleStatementContext statement) {
        if (ctx.disallowed != null) {
            throw Positions.error(ctx.disallowed, "sequence 'by' must come before 'with maxspan', not after");
        }
        List<EqlExpr> by = keys(ctx.by);
        Optional<EqlQuery.MaxSpan> maxSpan = Optional.ofNullable(ctx.sequenceParams()).map(MaxSpans::of);
        List<Step> steps = new ArrayList<>();
        for (SequenceTermContext term : ctx.sequenceTerm()) {
            if (term != ctx.until) {
                steps.add(step(term));
            }
        }
        Optional<Step> until = Optional.ofNullable(ctx.until).map(this::step);
        until.filter(Step::missing).ifPresent(step -> {
            throw Positions.error(step.span(), "a missing-event step ![...] cannot be used in 'until'");
        });
        int events = steps.stream().mapToInt(Step::runs).sum();
        if (events < 2) {
            throw Positions.error(ctx.SEQUENCE().getSymbol(),
                    "a sequence needs at least 2 steps (counting runs), found " + events);
        }
        if (steps.stream().allMatch(Step::missing)) {
            throw Positions.error(ctx.SEQUENCE().getSymbol(),
                    "a sequence needs at least one step that is not a missing event ![...]");
        }
        checkKeyCounts(ctx.sequenceTerm());
        return new Sequence(by, maxSpan, steps, until, pipes(statement), Positions.of(statement.statement()));
    }

    private Sample sample(SampleContext ctx, SingleStatementContext statement) {
        List<Step> steps = new ArrayList<>();
        for (SequenceTermContext term : ctx.sequenceTerm()) {
            if (term.subquery().open.getType() == EqlBaseParser.MISSING_EVENT_OPEN) {
                throw Positions.error(term.subquery().open, "missing-event steps ![...] cannot be used in a sample");
            }
            if (term.key != null) {
                throw Positions.error(term.key, "'with runs' cannot be used in a sample");
            }
            steps.add(step(term));
        }
        if (steps.size() < 2) {
            throw Positions.error(ctx.SAMPLE().getSymbol(), "a sample needs at least 2 steps, found " + steps.size());
        }
        checkKeyCounts(ctx.sequenceTerm());
        return new Sample(keys(ctx.by), steps, pipes(statement), Positions.of(statement.statement()));
    }

    private Step step(SequenceTermContext ctx) {
        boolean missing = ctx.subquery().open.getType() == EqlBaseParser.MISSING_EVENT_OPEN;
        return new Step(filter(ctx.subquery().eventFilter()), keys(ctx.by), runs(ctx), missing, Positions.of(ctx));
    }

    private static int runs(SequenceTermContext ctx) {
        if (ctx.key == null) {
            return 1;
        }
        if (!ctx.key.getText().equals("runs")) {
            throw Positions.error(ctx.key, "unknown step option '" + ctx.key.getText() + "' (only 'runs')");
        }
        EqlExpr value = EqlPrimaryBuilder.number(ctx.value);
        if (!(value instanceof IntegerLiteral runs) || runs.value() < 1 || runs.value() > MAX_RUNS) {
            throw Positions.error(ctx.value, "runs must be an integer from 1 to " + MAX_RUNS + ", found "
                    + ctx.value.getText());
        }
        return (int) runs.value();
    }

    /** Join keys; Elasticsearch accepts only field references as keys. */
    private List<EqlExpr> keys(JoinKeysContext ctx) {
        if (ctx == null) {
            return List.of();
        }
        List<EqlExpr> keys = expressions.expressions(ctx.expression());
        for (int i = 0; i < keys.size(); i++) {
            if (!(keys.get(i) instanceof EqlExpr.Field)) {
                throw Positions.error(keys.get(i).span(), "join keys must be field names; Elasticsearch EQL does "
                        + "not support the expression '" + ctx.expression(i).getText() + "' as a join key");
            }
        }
        return keys;
    }

    /** Every step (and until) must name as many join keys as the first one, as Elasticsearch requires. */
    private static void checkKeyCounts(List<SequenceTermContext> terms) {
        int expected = keyCount(terms.get(0));
        for (SequenceTermContext term : terms) {
            int found = keyCount(term);
            if (found != expected) {
                throw Positions.error(term.by != null ? term.by : term,
                        "inconsistent number of join keys: expected " + expected + " but found " + found);
            }
        }
    }

    private static int keyCount(SequenceTermContext term) {
        return term.by == null ? 0 : term.by.expression().size();
    }

    private List<Pipe> pipes(SingleStatementContext ctx) {
        return ctx.statement().pipe().stream().map(this::pipe).toList();
    }

    private Pipe pipe(PipeContext ctx) {
        String name = ctx.kind.getText();
        PipeKind kind = switch (name) {
            case "head" -> PipeKind.HEAD;
            case "tail" -> PipeKind.TAIL;
            default -> throw Positions.error(ctx.kind, UNSUPPORTED_PIPES.contains(name)
                    ? "pipe '" + name + "' is not supported by Elasticsearch EQL (only head and tail)"
                    : "unknown pipe '" + name + "' (Elasticsearch EQL has only head and tail)"
                            + Suggestions.didYouMean(name, List.of("head", "tail")));
        };
        if (ctx.booleanExpression().size() != 1) {
            throw Positions.error(ctx.kind, "pipe '" + name + "' expects exactly one argument, found "
                    + ctx.booleanExpression().size());
        }
        EqlExpr count = expressions.bool(ctx.booleanExpression(0));
        if (!(count instanceof IntegerLiteral limit) || limit.value() < 0 || limit.value() > Integer.MAX_VALUE) {
            throw Positions.error(ctx.booleanExpression(0), "pipe '" + name
                    + "' expects a non-negative integer, found '" + ctx.booleanExpression(0).getText() + "'");
        }
        return new Pipe(kind, (int) limit.value(), Positions.of(ctx));
    }
}
