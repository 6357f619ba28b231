package dev.rulesmith.docs;

import dev.rulesmith.validator.check.ReferenceData;
import dev.rulesmith.validator.check.RuleContext;
import dev.rulesmith.validator.engine.RuleRepository;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The small input set of the golden tests: the seed rule with its fixtures and test results, and a second rule. */
final class SampleSite {

    static final String REPOSITORY_URL = "https://github.com/example/detections/blob/main/rules";
    static final String SEED_PAGE = "rules/aws-security-group-configuration-change-detection.html";
    static final String SEED_MARKDOWN = "markdown/aws-security-group-configuration-change-detection.md";

    private SampleSite() {
    }

    static Path input() {
        try {
            return Path.of(SampleSite.class.getResource("site").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<RuleContext> rules() {
        return RuleRepository.load(input().resolve("rules"), ReferenceData.bundled());
    }

    static DocsRequest request(Path output) {
        return new DocsRequest(rules(), input().resolve("fixtures"), Optional.of(input().resolve("tests.json")),
                Optional.of(REPOSITORY_URL), output);
    }
}
