package dev.rulesmith.validator.eql;

import dev.rulesmith.validator.query.QuerySyntaxException;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/** Spans of parse-tree nodes and tokens, and syntax errors positioned at them. */
final class Positions {

    private Positions() {
    }

    static Span of(ParserRuleContext ctx) {
        Token start = ctx.getStart();
        Token stop = ctx.getStop() == null ? start : ctx.getStop();
        int end = Math.max(stop.getStopIndex() + 1, start.getStartIndex());
        return new Span(start.getStartIndex(), end, start.getLine(), start.getCharPositionInLine() + 1);
    }

    static Span of(Token token) {
        return new Span(token.getStartIndex(), token.getStopIndex() + 1, token.getLine(),
                token.getCharPositionInLine() + 1);
    }

    static Span between(Span first, Span last) {
        return new Span(first.start(), last.end(), first.line(), first.column());
    }

    static QuerySyntaxException error(Span span, String reason) {
        return new QuerySyntaxException(span.line(), span.column(), reason);
    }

    static QuerySyntaxException error(Token token, String reason) {
        return error(of(token), reason);
    }

    static QuerySyntaxException error(ParserRuleContext ctx, String reason) {
        return error(of(ctx), reason);
    }
}
