package dev.rulesmith.authoring.scaffold;

import dev.rulesmith.validator.text.Suggestions;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The rule types the scaffold writes, with the query language of each. */
public enum RuleType {
    QUERY("query", "kuery"),
    EQL("eql", "eql"),
    ESQL("esql", "esql"),
    THRESHOLD("threshold", "kuery"),
    NEW_TERMS("new_terms", "kuery");

    private final String tomlName;
    private final String language;

    RuleType(String tomlName, String language) {
        this.tomlName = tomlName;
        this.language = language;
    }

    /** The value of {@code rule.type}, e.g. {@code new_terms}. */
    public String tomlName() {
        return tomlName;
    }

    /** The value of {@code rule.language}, e.g. {@code kuery}. */
    public String language() {
        return language;
    }

    /** The type a {@code rule.type} value names; an unknown name fails with the known ones and a suggestion. */
    public static RuleType parse(String name) throws ScaffoldException {
        String wanted = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        for (RuleType type : values()) {
            if (type.tomlName.equals(wanted)) {
                return type;
            }
        }
        List<String> known = Arrays.stream(values()).map(RuleType::tomlName).toList();
        throw new ScaffoldException("unknown rule type '" + name + "', expected one of " + known
                + Suggestions.didYouMean(wanted, known));
    }
}
