package dev.rulesmith.authoring.format;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The canonical text of one value. Multi-line strings (queries, descriptions, guides) are kept byte for byte; a
 * single-line string is written as {@link TomlStrings} says; an array of strings goes one item per line (indented
 * four spaces, trailing comma) when its items are long (toml-lint: the lengths plus three each exceed 100), else on
 * one line; arrays holding comments, tables, arrays or multi-line strings, inline tables, numbers, booleans and dates
 * keep their text.
 */
final class TomlValueLayout {

    private static final int LONG_ARRAY = 100;

    private TomlValueLayout() {
    }

    static String value(String raw, boolean wrap) {
        if (TomlText.isString(raw)) {
            String value = TomlText.decode(raw);
            return wrap ? TomlStrings.wrappable(value) : TomlStrings.inline(value);
        }
        return raw.startsWith("[") ? array(raw) : raw;
    }

    private static String array(String raw) {
        List<String> items = TomlText.arrayItems(raw);
        if (items == null || items.stream().anyMatch(TomlValueLayout::isComposite)) {
            return raw;
        }
        List<String> rendered = items.stream().map(item -> value(item, false)).toList();
        boolean strings = items.stream().allMatch(TomlText::isString);
        int length = items.stream().filter(TomlText::isString).mapToInt(item -> TomlText.decode(item).length() + 3)
                .sum();
        if (strings && length > LONG_ARRAY) {
            return rendered.stream().map(item -> "    " + item).collect(Collectors.joining(",\n", "[\n", ",\n]"));
        }
        return rendered.stream().collect(Collectors.joining(", ", "[", "]"));
    }

    private static boolean isComposite(String item) {
        return item.startsWith("[") || item.startsWith("{") || TomlText.isMultiline(item);
    }
}
