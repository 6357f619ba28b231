package dev.rulesmith.docs;

import dev.rulesmith.validator.check.RuleContext;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What to document and where.
 *
 * @param rules             the rules, as {@code RuleRepository.load} gives them
 * @param fixturesDirectory the fixture files: the same relative path as each rule (absent directory: no examples)
 * @param testResults       the harness's {@code tests.json}, if any (a missing file means "no test results")
 * @param repositoryUrl     the web address of the rules directory in a repository browser (for example
 *                          {@code https://github.com/org/repo/blob/main/rules}); each page links to the address plus
 *                          the rule's relative path. Must be http or https.
 * @param outputDirectory   where the site is written
 */
public record DocsRequest(List<RuleContext> rules, Path fixturesDirectory, Optional<Path> testResults,
                          Optional<String> repositoryUrl, Path outputDirectory) {

    public DocsRequest {
        rules = List.copyOf(rules);
        Objects.requireNonNull(fixturesDirectory, "fixturesDirectory");
        Objects.requireNonNull(testResults, "testResults");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        repositoryUrl = repositoryUrl.map(String::strip).filter(url -> !url.isEmpty()).map(DocsRequest::checkUrl);
    }

    private static String checkUrl(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new IllegalArgumentException("repository URL must be an http or https address: " + url);
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("repository URL is not a valid address: " + url, e);
        }
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
