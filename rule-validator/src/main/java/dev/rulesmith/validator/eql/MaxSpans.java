package dev.rulesmith.validator.eql;

import dev.rulesmith.validator.eql.EqlBaseParser.IntegerLiteralContext;
import dev.rulesmith.validator.eql.EqlBaseParser.SequenceParamsContext;
import dev.rulesmith.validator.eql.EqlBaseParser.TimeUnitContext;
import dev.rulesmith.validator.eql.EqlQuery.MaxSpan;
import java.util.concurrent.TimeUnit;

/** Reads {@code with maxspan=N unit}: a positive integer and one of ms, s, m, h, d, as Elasticsearch requires. */
final class MaxSpans {

    private MaxSpans() {
    }

    static MaxSpan of(SequenceParamsContext ctx) {
        TimeUnitContext time = ctx.timeUnit();
        if (!(time.number() instanceof IntegerLiteralContext)) {
            throw Positions.error(time.number(), "maxspan must be a positive integer with a time unit, found '"
                    + time.number().getText() + "'");
        }
        long amount = EqlLiterals.integer(time.number().getStart());
        if (amount <= 0) {
            throw Positions.error(time.number(), "maxspan must be positive, found " + amount);
        }
        if (time.unit == null) {
            throw Positions.error(time, "maxspan has no time unit; did you mean '" + amount + "s'?");
        }
        TimeUnit unit = switch (time.unit.getText()) {
            case "ms" -> TimeUnit.MILLISECONDS;
            case "s" -> TimeUnit.SECONDS;
            case "m" -> TimeUnit.MINUTES;
            case "h" -> TimeUnit.HOURS;
            case "d" -> TimeUnit.DAYS;
            default -> throw Positions.error(time.unit, "unknown maxspan time unit '" + time.unit.getText()
                    + "' (use ms, s, m, h or d)");
        };
        return new MaxSpan(amount, unit, Positions.of(ctx));
    }
}
