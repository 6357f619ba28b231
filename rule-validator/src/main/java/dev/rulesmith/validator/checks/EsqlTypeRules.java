package dev.rulesmith.validator.checks;

import dev.rulesmith.validator.esql.EsqlExpr;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The type rules of {@code esql-field-type}: which literal an ES|QL comparison or IN list accepts against an index
 * field of a given type. Elasticsearch converts string literals to dates, IPs, versions and booleans, never to
 * numbers, and never converts numbers to strings.
 */
final class EsqlTypeRules {

    private static final Set<String> NUMERIC = Set.of("long", "integer", "short", "byte", "double", "float",
            "half_float", "scaled_float", "unsigned_long");
    private static final Set<String> STRING = Set.of("keyword", "text", "wildcard", "match_only_text",
            "constant_keyword");
    private static final String OCTET = "(25[0-5]|2[0-4]\\d|1?\\d?\\d)";
    private static final Pattern IPV4 = Pattern.compile(OCTET + "(\\." + OCTET + "){3}");
    private static final Pattern IPV6_TEXT = Pattern.compile("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

    /** A problem with a field reference. */
    record Problem(EsqlExpr.Field field, String message) {
    }

    private EsqlTypeRules() {
    }

    static Optional<Problem> problem(EsqlExpr expr, Function<EsqlExpr, Optional<String>> typeOf) {
        if (expr instanceof EsqlExpr.Like like && like.value() instanceof EsqlExpr.Field field) {
            return typeOf.apply(field).filter(type -> !STRING.contains(type)).map(type -> new Problem(field,
                    field.name() + " is " + article(type) + " field; " + (like.regex() ? "RLIKE" : "LIKE")
                            + " matches only strings (Elasticsearch rejects the query): compare it, or convert"
                            + " it with TO_STRING"));
        }
        if (expr instanceof EsqlExpr.In in && in.value() instanceof EsqlExpr.Field field) {
            return first(field, in.list(), typeOf);
        }
        if (expr instanceof EsqlExpr.Binary binary && isComparison(binary.op())) {
            if (binary.left() instanceof EsqlExpr.Field field) {
                return first(field, List.of(binary.right()), typeOf);
            }
            if (binary.right() instanceof EsqlExpr.Field field) {
                return first(field, List.of(binary.left()), typeOf);
            }
        }
        return Optional.empty();
    }

    private static Optional<Problem> first(EsqlExpr.Field field, List<EsqlExpr> values,
                                           Function<EsqlExpr, Optional<String>> typeOf) {
        Optional<String> type = typeOf.apply(field);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        for (EsqlExpr value : values) {
            if (value instanceof EsqlExpr.Literal literal) {
                Optional<String> mismatch = mismatch(type.get(), literal.value());
                if (mismatch.isPresent()) {
                    return Optional.of(new Problem(field, field.name() + " is " + article(type.get()) + " field, but "
                            + mismatch.get() + " (Elasticsearch rejects the query)"));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> mismatch(String type, Object value) {
        if (value instanceof String text) {
            if (NUMERIC.contains(type)) {
                return Optional.of("it is compared with the string \"" + text + "\"; write the number without"
                        + " quotes");
            }
            if (type.equals("ip") && !isIp(text)) {
                return Optional.of("\"" + text + "\" is not an IP address; use CIDR_MATCH for ranges");
            }
            if (type.equals("boolean") && !text.equalsIgnoreCase("true") && !text.equalsIgnoreCase("false")) {
                return Optional.of("\"" + text + "\" is not a boolean");
            }
            return Optional.empty();
        }
        if (value instanceof Number number && STRING.contains(type)) {
            return Optional.of("it is compared with the number " + number + "; quote it: \"" + number + "\"");
        }
        return Optional.empty();
    }

    /** An IPv4 or IPv6 literal; an IPv6 one (it has a colon) is parsed as a literal, never looked up. */
    private static boolean isIp(String text) {
        if (IPV4.matcher(text).matches()) {
            return true;
        }
        if (!IPV6_TEXT.matcher(text).matches()) {
            return false;
        }
        try {
            return InetAddress.getByName(text) != null;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static String article(String type) {
        return ("aeiou".indexOf(type.charAt(0)) >= 0 ? "an " : "a ") + type;
    }

    private static boolean isComparison(EsqlExpr.Op op) {
        return switch (op) {
            case EQ, NEQ, LT, LTE, GT, GTE -> true;
            default -> false;
        };
    }
}
