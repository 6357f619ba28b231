package dev.rulesmith.validator.kql;

import dev.rulesmith.validator.query.QuerySyntaxException;
import org.antlr.v4.runtime.CommonTokenStream;

/**
 * The KQL parser facade: text in, immutable {@link KqlNode} out, or a {@link QuerySyntaxException} at line:col.
 * Parsing runs on a thread with a large stack, so deeply nested queries never overflow.
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
