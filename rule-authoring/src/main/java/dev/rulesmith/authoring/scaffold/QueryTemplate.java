package dev.rulesmith.authoring.scaffold;

import java.util.ArrayList;
import java.util.List;

/**
 * The scaffold's query for each rule type: the integration's dataset, the {@code event.action} placeholder and a
 * successful outcome, in the rule's language, plus the type's own table (threshold, new terms).
 */
final class QueryTemplate {

    /** The value the query looks for; the fixture's positive event carries the same placeholder. */
    static final String ACTION = "<<event.action to detect>>";
    /** The field threshold rules group by and new terms rules watch; the fixture events carry it. */
    static final String TERM_FIELD = "source.ip";
    /** How many matching events of one group a threshold rule needs. */
    static final int THRESHOLD = 5;
    /** How far back a new terms rule looks for a term. */
    static final String HISTORY = "now-14d";

    private QueryTemplate() {
    }

    /** The {@code query = '''...'''} key and, for threshold and new terms rules, their table. */
    static String toml(RuleType type, IntegrationProfile profile) {
        String query = switch (type) {
            case QUERY, THRESHOLD, NEW_TERMS -> kuery(profile);
            case EQL -> "any where " + comparisons(profile);
            case ESQL -> "from " + profile.esqlSource() + " metadata _id, _version, _index\n| where "
                    + comparisons(profile) + "\n| keep _id, _version, _index, @timestamp, event.action, " + TERM_FIELD;
        };
        String text = "query = '''\n" + query + "\n'''\n";
        return switch (type) {
            case THRESHOLD -> text + "\n[rule.threshold]\nfield = [" + TomlText.quoted(TERM_FIELD) + "]\nvalue = "
                    + THRESHOLD + "\n";
            case NEW_TERMS -> text + "\n[rule.new_terms]\nfield = \"new_terms_fields\"\nvalue = ["
                    + TomlText.quoted(TERM_FIELD) + "]\n[[rule.new_terms.history_window_start]]\n"
                    + "field = \"history_window_start\"\nvalue = " + TomlText.quoted(HISTORY) + "\n";
            default -> text;
        };
    }

    private static String kuery(IntegrationProfile profile) {
        List<String> terms = new ArrayList<>();
        profile.dataset().ifPresent(d -> terms.add("event.dataset:" + d));
        terms.add("event.action:\"" + ACTION + "\"");
        terms.add("event.outcome:success");
        return String.join(" and ", terms);
    }

    private static String comparisons(IntegrationProfile profile) {
        List<String> terms = new ArrayList<>();
        profile.dataset().ifPresent(d -> terms.add("event.dataset == \"" + d + "\""));
        terms.add("event.action == \"" + ACTION + "\"");
        terms.add("event.outcome == \"success\"");
        return String.join(" and ", terms);
    }
}
