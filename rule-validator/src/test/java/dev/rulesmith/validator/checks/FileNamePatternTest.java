package dev.rulesmith.validator.checks;

import static dev.rulesmith.validator.checks.CheckTester.assertClean;
import static dev.rulesmith.validator.checks.CheckTester.assertRepository;
import static dev.rulesmith.validator.checks.CheckTester.file;
import static dev.rulesmith.validator.checks.CheckTester.replace;
import static dev.rulesmith.validator.checks.CheckTester.seedRule;

import org.junit.jupiter.api.Test;

class FileNamePatternTest {

    private final FileNamePattern check = new FileNamePattern();

    @Test
    void reportsANameThatIsNotLowercaseSnakeCase() {
        assertRepository(check, file("rules/aws/SG-Change.toml", replace(seedRule(), "[metadata]", "[metadata] "
                + "# expect[file-name-pattern]: file name 'SG-Change.toml' must be lowercase snake_case (a-z, 0-9 and "
                + "'_') ending in .toml: rename it to 'sg_change.toml'")));
        assertRepository(check, file("rules/aws/Sg.Change.toml", replace(seedRule(), "[metadata]", "[metadata] "
                + "# expect[file-name-pattern]: rename it to 'sg_change.toml'")));
    }

    @Test
    void acceptsASnakeCaseName() {
        assertRepository(check, file("rules/aws/persistence_sg_change_2.toml", seedRule()));
        assertClean(check, seedRule());
    }
}
