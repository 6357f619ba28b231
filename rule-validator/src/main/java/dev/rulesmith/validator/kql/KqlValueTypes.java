package dev.rulesmith.validator.kql;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a KQL value can be searched in a field of a given Elasticsearch type, as Elasticsearch decides when it
 * builds the query (a word on a number field is rejected: {@code For input string}).
 */
public final class KqlValueTypes {

    private static final Set<String> NUMBERS = Set.of("long", "integer", "short", "byte", "double", "float",
            "half_float", "scaled_float", "unsigned_long");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern DATE = Pattern.compile("now([+-]\\d+[yMwdhHms])*(/[yMwdhHms])?|-?\\d{1,13}"
            + "|\\d{4}(-\\d{2}(-\\d{2}([T ]\\d{2}(:\\d{2}(:\\d{2}([.,]\\d{1,9})?)?)?(Z|[+-]\\d{2}:?\\d{2})?)?)?)?"
            + "(\\|\\|.*)?");
    private static final Pattern IP = Pattern.compile("[0-9a-fA-F:.]+(/\\d{1,3})?");

    private KqlValueTypes() {
    }

    /** Why Elasticsearch would reject {@code field:value} (or a range bound) for the field's type, if it would. */
    public static Optional<String> problem(String type, KqlValue value) {
        String text = value.text().trim();
        if (NUMBERS.contains(type) && (value.isWildcard() || !NUMBER.matcher(text).matches())) {
            return Optional.of("'" + value.text() + "' is not a number, and the field is a " + type);
        }
        if (("date".equals(type) || "date_nanos".equals(type)) && (value.isWildcard() || !DATE.matcher(text).matches())) {
            return Optional.of("'" + value.text() + "' is not a date, and the field is a " + type);
        }
        if ("ip".equals(type) && (value.isWildcard() || !IP.matcher(text).matches())) {
            return Optional.of("'" + value.text() + "' is not an IP address or CIDR block, and the field is an ip");
        }
        if ("boolean".equals(type) && !text.equals("true") && !text.equals("false")) {
            return Optional.of("'" + value.text() + "' is not true or false, and the field is a boolean");
        }
        return Optional.empty();
    }
}
