package dev.rulesmith.validator.kql;

import dev.rulesmith.validator.query.QuerySyntaxException;
import org.antlr.v4.runtime.CommonTokenStream;

/**
 * The KQL parser facade: text in, immutable {@link KqlNode} out, or a {@link QuerySyntaxException} at line:col.
 * Parsing runs on a thread with a large stack, so deeply nested queries never overflow.
 *
 * <p>Queries are read as Kibana's grammar reads them, and every query of Elasticsearch's KQL accept list parses.
 * Where the two disagree, this parser accepts what Elasticsearch accepts: {@code NOT(a)} without a space; a word
 * merely ending in "not" before a space ({@code cannot be}), which Kibana's grammar takes for the NOT keyword; a
 * trailing keyword followed by whitespace ({@code "foo and "}); U+3000 as whitespace (U+00A0 too, as in Kibana).
 * It follows Kibana where Elasticsearch differs: {@code not not a}, {@code a or(b)}, an escaped space and an empty
 * nested block {@code f:{ }} are rejected; {@code &#92;not} is a newline followed by "ot" (Kibana reads the escaped
 * whitespace first); {@code &#92;u} escapes of lone surrogates are kept.
 */
public final class Kql {

    private Kql() {
    }

    /** Parses {@code query} as Kibana reads it, without knowledge of the fields. */
    public static KqlNode parse(String query) {
        return DeepStack.call(() -> build(query));
    }

    /**
     * Parses {@code query} and also applies the rejections Elasticsearch makes with the field mapping at hand:
     * {@code field:{ … }} on a field that is not nested, and free text inside a nested block.
     */
    public static KqlNode parse(String query, KqlMapping mapping) {
        return DeepStack.call(() -> {
            KqlNode node = build(query);
            new KqlMappingRules(mapping).check(node, null);
            return node;
        });
    }

    private static KqlNode build(String query) {
        KqlBaseParser parser = new KqlBaseParser(new CommonTokenStream(KqlTokens.lex(query)));
        parser.removeErrorListeners();
        parser.addErrorListener(new KqlParseErrors());
        return new KqlTreeBuilder(query).build(parser.topLevelQuery());
    }
}
