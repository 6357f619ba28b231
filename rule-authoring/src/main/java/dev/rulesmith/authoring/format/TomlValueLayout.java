package dev.rulesmith.authoring.format;

import java.math.BigInteger;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The canonical text of one value. Multi-line strings (queries, descriptions, guides) are kept byte for byte; a
 * single-line string is written as {@link TomlStrings} says; an integer in decimal, as Python's {@code str} writes it;
 * an array of strings goes one item per line (indented four spaces, trailing comma) when its items are long
 * (toml-lint: their lengths in characters, plus three each, exceed 100), else on one line; arrays holding comments,
 * arrays, inline tables or multi-line strings, and floats, booleans and dates keep their text.
 */
final class TomlValueLayout {

    private static final int LONG_ARRAY = 100;
    private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9_]+|0x[0-9A-Fa-f_]+|0o[0-7_]+|0b[01_]+");

    private TomlValueLayout() {
    }

    static String value(String raw, boolean wrap) {
        if (TomlText.isString(raw)) {
            String value = TomlText.decode(raw);
            return wrap ? TomlStrings.wrappable(value) : TomlStrings.inline(value);
        }
        if (INTEGER.matcher(raw).matches()) {
            return integer(raw.replace("_", ""));
        }
        return raw.startsWith("[") ? array(raw) : raw;
    }

    private static String integer(String digits) {
        int radix = digits.startsWith("0x") ? 16 : digits.startsWith("0o") ? 8 : digits.startsWith("0b") ? 2 : 10;
        return new BigInteger(radix == 10 ? digits : digits.substring(2), radix).toString();
    }

    private static String array(String raw) {
        List<String> items = TomlText.arrayItems(raw);
        if (items == null || items.stream().anyMatch(TomlValueLayout::isComposite)) {
            return raw;
        }
        List<String> rendered = items.stream().map(item -> value(item, false)).toList();
        boolean strings = items.stream().allMatch(TomlText::isString);
        int length = items.stream().filter(TomlText::isString).map(TomlText::decode)
                .mapToInt(item -> item.codePointCount(0, item.length()) + 3).sum();
        if (strings && length > LONG_ARRAY) {
            return rendered.stream().map(item -> "    " + item).collect(Collectors.joining(",\n", "[\n", ",\n]"));
        }
        return rendered.stream().collect(Collectors.joining(", ", "[", "]"));
    }

    private static boolean isComposite(String item) {
        return item.startsWith("[") || item.startsWith("{") || TomlText.isMultiline(item);
    }
}
