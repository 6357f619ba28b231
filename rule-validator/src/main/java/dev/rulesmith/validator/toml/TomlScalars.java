package dev.rulesmith.validator.toml;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The unquoted TOML values: booleans, integers (decimal, hex, octal, binary), floats, dates and times. */
final class TomlScalars {

    private static final String DIGITS = "[0-9](?:_?[0-9])*";
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(?:0|[1-9](?:_?[0-9])*)");
    private static final Pattern FLOAT = Pattern.compile(
            "[+-]?(?:0|[1-9](?:_?[0-9])*)(?:\\." + DIGITS + ")?(?:[eE][+-]?" + DIGITS + ")?");
    private static final Pattern RADIX = Pattern.compile("0([xob])([0-9A-Fa-f](?:_?[0-9A-Fa-f])*)");
    private static final Pattern SPECIAL_FLOAT = Pattern.compile("[+-]?(inf|nan)");
    private static final String DATE = "([0-9]{4}-[0-9]{2}-[0-9]{2})";
    private static final String TIME = "([0-9]{2}:[0-9]{2}:[0-9]{2}(?:\\.[0-9]+)?)";
    private static final Pattern DATE_TIME = Pattern.compile(DATE + "(?:[Tt ]" + TIME + "([Zz]|[+-][0-9]{2}:[0-9]{2})?)?");
    private static final Pattern LOCAL_TIME = Pattern.compile(TIME);

    private TomlScalars() {
    }

    /** The value a bare token stands for; {@code null} when it is none. */
    static Object parse(String token) {
        try {
            return switch (token) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> number(token);
            };
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
    }

    private static Object number(String token) {
        if (DECIMAL.matcher(token).matches()) {
            return Long.parseLong(token.replace("_", ""));
        }
        Matcher radix = RADIX.matcher(token);
        if (radix.matches()) {
            int base = switch (radix.group(1)) {
                case "x" -> 16;
                case "o" -> 8;
                default -> 2;
            };
            return Long.parseLong(radix.group(2).replace("_", ""), base);
        }
        if (FLOAT.matcher(token).matches() && (token.indexOf('.') >= 0 || token.indexOf('e') >= 0
                || token.indexOf('E') >= 0)) {
            return Double.parseDouble(token.replace("_", ""));
        }
        Matcher special = SPECIAL_FLOAT.matcher(token);
        if (special.matches()) {
            boolean negative = token.startsWith("-");
            return special.group(1).equals("nan") ? Double.NaN
                    : negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        return dateOrTime(token);
    }

    private static Object dateOrTime(String token) {
        Matcher time = LOCAL_TIME.matcher(token);
        if (time.matches()) {
            return LocalTime.parse(token);
        }
        Matcher date = DATE_TIME.matcher(token);
        if (!date.matches()) {
            return null;
        }
        LocalDate day = LocalDate.parse(date.group(1));
        if (date.group(2) == null) {
            return day;
        }
        LocalDateTime local = LocalDateTime.of(day, LocalTime.parse(date.group(2)));
        String offset = date.group(3);
        if (offset == null) {
            return local;
        }
        return OffsetDateTime.of(local, offset.equalsIgnoreCase("z") ? ZoneOffset.UTC : ZoneOffset.of(offset));
    }
}
