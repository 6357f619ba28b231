package dev.rulesmith.validator.query;

import dev.rulesmith.validator.eql.Eql;
import dev.rulesmith.validator.esql.Esql;
import dev.rulesmith.validator.kql.Kql;
import dev.rulesmith.validator.model.KeyPath;
import dev.rulesmith.validator.model.RuleFile;
import java.util.Optional;

/** Parses a rule's query with the parser of its language. */
public final class QueryParsing {

    private QueryParsing() {
    }

    public static RuleQuery parse(RuleFile rule) {
        Optional<String> query = rule.string("rule.query");
        if (query.isEmpty()) {
            return new RuleQuery.None();
        }
        QueryText text = QueryText.locate(query.get(), rule.source(), rule.position(KeyPath.parse("rule.query")));
        String language = rule.string("rule.language").orElse(defaultLanguage(rule));
        try {
            return switch (language) {
                case "kuery" -> new RuleQuery.Kql(text, Kql.parse(query.get()));
                case "eql" -> new RuleQuery.Eql(text, Eql.parse(query.get()));
                case "esql" -> new RuleQuery.Esql(text, Esql.parse(query.get()));
                default -> new RuleQuery.Unparsed(text, language);
            };
        } catch (QuerySyntaxException e) {
            return new RuleQuery.Invalid(text, language, e);
        }
    }

    private static String defaultLanguage(RuleFile rule) {
        return switch (rule.string("rule.type").orElse("")) {
            case "eql" -> "eql";
            case "esql" -> "esql";
            default -> "kuery";
        };
    }
}
