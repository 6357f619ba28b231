package dev.rulesmith.validator.checks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The controlled tag vocabulary of elastic/detection-rules, bundled as {@code tags/elastic-rule-tags.txt}: the tags
 * whose casing is fixed and the prefixes ({@code Domain}, {@code OS}, {@code Data Source}, ...) every tag starts with.
 */
final class ElasticTags {

    private static final String RESOURCE = "/dev/rulesmith/validator/tags/elastic-rule-tags.txt";
    private static final List<String> TAGS = load();
    private static final List<String> PREFIXES = TAGS.stream().map(t -> t.substring(0, t.indexOf(':')))
            .distinct().toList();
    private static final Map<String, String> BY_FOLDED = TAGS.stream().filter(t -> !t.endsWith("*"))
            .collect(Collectors.toUnmodifiableMap(ElasticTags::fold, Function.identity()));

    private ElasticTags() {
    }

    /** The prefixes, before the colon, in vocabulary order. */
    static List<String> prefixes() {
        return PREFIXES;
    }

    /** The prefix of a tag if it is one of the vocabulary's. */
    static Optional<String> prefix(String tag) {
        int colon = tag.indexOf(':');
        return colon < 0 ? Optional.empty() : Optional.of(tag.substring(0, colon)).filter(PREFIXES::contains);
    }

    /** The controlled spelling of a tag that matches one case-insensitively. */
    static Optional<String> controlled(String tag) {
        return Optional.ofNullable(BY_FOLDED.get(fold(tag)));
    }

    /** Controlled tags whose value (after the prefix) is this text, e.g. {@code OS: Windows} for {@code Windows}. */
    static List<String> withValue(String value) {
        String folded = fold(value.trim());
        return TAGS.stream().filter(t -> fold(t.substring(t.indexOf(':') + 1).trim()).equals(folded)).toList();
    }

    private static String fold(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    private static List<String> load() {
        try (InputStream in = ElasticTags.class.getResourceAsStream(RESOURCE);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
