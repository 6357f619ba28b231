package dev.rulesmith.validator.esql;

import java.util.stream.Collectors;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/** Names and positions read from the parse tree: back-quotes removed, doubled back-quotes unescaped. */
final class EsqlNames {

    private EsqlNames() {
    }

    static String identifier(EsqlBaseParser.IdentifierContext ctx) {
        return ctx.QUOTED_IDENTIFIER() != null ? unquote(ctx.getText()) : ctx.getText();
    }

    static String qualified(EsqlBaseParser.QualifiedNameContext ctx) {
        return ctx.identifier().stream().map(EsqlNames::identifier).collect(Collectors.joining("."));
    }

    /** A KEEP/DROP/RENAME pattern: its parts (back-quotes removed) joined by dots. */
    static String pattern(EsqlBaseParser.NamePatternContext ctx) {
        return ctx.children.stream().filter(child -> !child.getText().equals("."))
                .map(child -> child.getText().startsWith("`") ? unquote(child.getText()) : child.getText())
                .collect(Collectors.joining("."));
    }

    static String unquote(String quoted) {
        return quoted.substring(1, quoted.length() - 1).replace("``", "`");
    }

    static EsqlPosition position(Token token) {
        return new EsqlPosition(token.getLine(), token.getCharPositionInLine() + 1);
    }

    /** The text a parse-tree node covers. */
    static EsqlSpan span(ParserRuleContext ctx) {
        return span(ctx.getStart(), ctx.getStop());
    }

    /** The text from the first token to the last. */
    static EsqlSpan span(Token first, Token last) {
        return new EsqlSpan(first.getStartIndex(), last.getStopIndex() + 1, first.getLine(),
                first.getCharPositionInLine() + 1);
    }
}
