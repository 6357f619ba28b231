package dev.rulesmith.validator.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    @Test
    void distanceCountsEditsAndAdjacentTranspositions() {
        assertEquals(0, Suggestions.distance("event.action", "event.action", 3));
        assertEquals(1, Suggestions.distance("event.actoin", "event.action", 3));
        assertEquals(1, Suggestions.distance("event.acton", "event.action", 3));
        assertEquals(2, Suggestions.distance("evnt.actio", "event.action", 3));
        assertEquals(3, Suggestions.distance("kitten", "sitting", 3));
        assertEquals(3, Suggestions.distance("ca", "abc", 3));
    }

    @Test
    void distanceBeyondTheLimitIsTheLimitPlusOne() {
        assertEquals(4, Suggestions.distance("process.name", "host.os.type", 3));
        assertEquals(2, Suggestions.distance("kitten", "sitting", 1));
        assertEquals(2, Suggestions.distance("abcdef", "", 1));
    }

    @Test
    void closestIsTheNearestPlausibleTypo() {
        List<String> fields = List.of("event.action", "event.category", "process.name");
        assertEquals(Optional.of("event.action"), Suggestions.closest("event.actoin", fields));
        assertEquals(Optional.empty(), Suggestions.closest("user.name", fields));
    }
}
