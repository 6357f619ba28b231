package dev.rulesmith.validator.check;

import dev.rulesmith.validator.esql.EsqlCommand;
import dev.rulesmith.validator.fields.FieldView;
import dev.rulesmith.validator.model.RuleFile;
import dev.rulesmith.validator.query.QueryParsing;
import dev.rulesmith.validator.query.RuleQuery;
import java.util.List;
import org.tomlj.TomlArray;

/** One rule as every check sees it: the file, its parsed query, its field view and the shared reference data. */
public record RuleContext(RuleFile rule, RuleQuery query, FieldView fields, ReferenceData reference) {

    /**
     * Parses the rule's query and resolves its field view, for the indices of {@code rule.index} or, in an ES|QL
     * rule, of its FROM command.
     */
    public static RuleContext of(RuleFile rule, ReferenceData reference) {
        RuleQuery query = QueryParsing.parse(rule);
        List<String> indices = query instanceof RuleQuery.Esql esql ? fromIndices(esql) : strings(rule, "rule.index");
        FieldView view = reference.fields().view(strings(rule, "metadata.integration"), indices);
        return new RuleContext(rule, query, view, reference);
    }

    private static List<String> fromIndices(RuleQuery.Esql esql) {
        return esql.ast().commands().stream().filter(EsqlCommand.From.class::isInstance)
                .flatMap(from -> ((EsqlCommand.From) from).indices().stream()).toList();
    }

    private static List<String> strings(RuleFile rule, String path) {
        return rule.array(path).map(RuleContext::strings).orElse(List.of());
    }

    static List<String> strings(TomlArray array) {
        return array.toList().stream().filter(String.class::isInstance).map(String.class::cast).toList();
    }
}
