package dev.rulesmith.validator.checks;

import static dev.rulesmith.validator.checks.CheckTester.assertRepository;
import static dev.rulesmith.validator.checks.CheckTester.file;
import static dev.rulesmith.validator.checks.CheckTester.seedRule;

import org.junit.jupiter.api.Test;

class TagsForOsFolderTest {

    private final TagsForOsFolder check = new TagsForOsFolder();

    @Test
    void reportsARuleInAnOsFolderWithoutItsOsTag() {
        assertRepository(check, file("rules/windows/persistence_x.toml", RepositoryRules.withTags("\"Domain: Cloud\"",
                "# expect[tags-for-os-folder]: rule is in the windows folder but lacks the tag 'OS: Windows'")));
    }

    @Test
    void acceptsTheOsTagAndOtherFolders() {
        assertRepository(check, file("rules/macos/persistence_x.toml", RepositoryRules.withTags("\"OS: macOS\"")));
        assertRepository(check, file("rules/aws/persistence_x.toml", seedRule()));
    }
}
