package dev.rulesmith.validator.check;

import dev.rulesmith.validator.fields.FieldView;
import dev.rulesmith.validator.model.RuleFile;
import dev.rulesmith.validator.query.QueryParsing;
import dev.rulesmith.validator.query.RuleQuery;
import java.util.List;
import org.tomlj.TomlArray;

/** One rule as every check sees it: the file, its parsed query, its field view and the shared reference data. */
public record RuleContext(RuleFile rule, RuleQuery query, FieldView fields, ReferenceData reference) {

    /** Parses the rule's query and resolves its field view. */
    public static RuleContext of(RuleFile rule, ReferenceData reference) {
        FieldView view = reference.fields().view(strings(rule, "metadata.integration"), strings(rule, "rule.index"));
        return new RuleContext(rule, QueryParsing.parse(rule), view, reference);
    }

    private static List<String> strings(RuleFile rule, String path) {
        return rule.array(path).map(RuleContext::strings).orElse(List.of());
    }

    static List<String> strings(TomlArray array) {
        return array.toList().stream().filter(String.class::isInstance).map(String.class::cast).toList();
    }
}
