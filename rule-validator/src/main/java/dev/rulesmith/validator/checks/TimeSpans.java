package dev.rulesmith.validator.checks;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time spans as detection-rules reads them (its {@code convert_time_span}: digits and an EQL time unit ms, s, m, h or
 * d) and Kibana's relative times {@code now-9m} / {@code now+1h}, in milliseconds.
 */
final class TimeSpans {

    private static final Pattern SPAN = Pattern.compile("(\\d{1,9})(ms|s|m|h|d)");
    private static final Pattern RELATIVE = Pattern.compile("now([-+])(\\d{1,9}(?:ms|s|m|h|d))");

    static final long MINUTE = 60_000L;

    private TimeSpans() {
    }

    /** A span such as {@code 10m} or {@code 500ms}. */
    static Optional<Long> millis(String span) {
        Matcher m = SPAN.matcher(span.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(m.group(1)) * unit(m.group(2)));
    }

    /** A relative time {@code now-9m} as a signed offset from now (-540000), or a bare span as a positive one. */
    static Optional<Long> relative(String time) {
        Matcher m = RELATIVE.matcher(time.trim());
        if (m.matches()) {
            return millis(m.group(2)).map(ms -> m.group(1).equals("-") ? -ms : ms);
        }
        return millis(time);
    }

    static long unit(String unit) {
        if (unit.equals("ms")) {
            return 1L;
        }
        if (unit.equals("s")) {
            return 1_000L;
        }
        if (unit.equals("m")) {
            return MINUTE;
        }
        return unit.equals("h") ? 60 * MINUTE : 24 * 60 * MINUTE;
    }

    /** A duration for messages: whole minutes as {@code 12m}, otherwise seconds or milliseconds. */
    static String format(long millis) {
        if (millis % MINUTE == 0) {
            return millis / MINUTE + "m";
        }
        return millis % 1_000 == 0 ? millis / 1_000 + "s" : millis + "ms";
    }
}
