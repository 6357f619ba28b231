package dev.rulesmith.authoring.scaffold;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The fixture file of a scaffolded rule: one positive case (events the scaffolded query matches, enough of them for a
 * threshold rule) and one negative case (another {@code event.action}; for a threshold rule one event too few, for a
 * new terms rule a term already seen in the history window). The positive events carry the query's own placeholder,
 * so the cases pass as scaffolded and keep passing once both files get the same value.
 */
final class FixtureTemplate {

    /** The {@code event.action} of the negative case. */
    static final String OTHER_ACTION = "<<an event.action that must not alert>>";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SOURCE_IP = "203.0.113.10";

    private FixtureTemplate() {
    }

    static String render(String rulePath, RuleType type, IntegrationProfile profile, LocalDate today) {
        Instant base = today.atTime(10, 0).toInstant(ZoneOffset.UTC);
        String header = "# Fixture cases of " + rulePath + ", written by detection:new-rule.\n"
                + "# Replace the <<placeholders>> as in the rule (the positive events' event.action is the query's),\n"
                + "# then add a case for each condition of the query.\n\n"
                + "index = " + TomlText.quoted(profile.fixtureIndex()) + "\n";
        return header + positive(type, profile, base) + negative(type, profile, base);
    }

    private static String positive(RuleType type, IntegrationProfile profile, Instant base) {
        int count = type == RuleType.THRESHOLD ? QueryTemplate.THRESHOLD : 1;
        String name = type == RuleType.THRESHOLD ? QueryTemplate.THRESHOLD + " matching events from one "
                + QueryTemplate.TERM_FIELD + " alert" : "matching event alerts";
        return kase(name, "alert", events(profile, base, count, QueryTemplate.ACTION));
    }

    private static String negative(RuleType type, IntegrationProfile profile, Instant base) {
        return switch (type) {
            case THRESHOLD -> kase((QueryTemplate.THRESHOLD - 1) + " matching events do not alert", "no alert",
                    events(profile, base, QueryTemplate.THRESHOLD - 1, QueryTemplate.ACTION));
            case NEW_TERMS -> kase(QueryTemplate.TERM_FIELD + " seen in the history window does not alert",
                    "no alert", List.of(event(profile, base.minus(Duration.ofDays(2)), QueryTemplate.ACTION),
                            event(profile, base, QueryTemplate.ACTION)));
            default -> kase("other event.action does not alert", "no alert",
                    events(profile, base, 1, OTHER_ACTION));
        };
    }

    private static List<String> events(IntegrationProfile profile, Instant base, int count, String action) {
        List<String> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            events.add(event(profile, base.plus(Duration.ofMinutes(i)), action));
        }
        return events;
    }

    private static String event(IntegrationProfile profile, Instant time, String action) {
        ObjectNode root = JSON.createObjectNode();
        root.put("@timestamp", time.toString());
        ObjectNode event = root.putObject("event");
        profile.dataset().ifPresent(dataset -> event.put("dataset", dataset));
        event.put("action", action);
        event.put("outcome", "success");
        event.put("ingested", time.plusSeconds(36).toString());
        root.putObject("source").put("ip", SOURCE_IP);
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String kase(String name, String expect, List<String> events) {
        return "\n[[case]]\nname = " + TomlText.quoted(name) + "\nexpect = " + TomlText.quoted(expect)
                + "\nevents = ['''\n" + String.join("\n''', '''\n", events) + "\n''']\n";
    }
}
