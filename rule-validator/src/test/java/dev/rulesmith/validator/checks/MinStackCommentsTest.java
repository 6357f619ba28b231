package dev.rulesmith.validator.checks;

import static dev.rulesmith.validator.checks.CheckTester.assertClean;
import static dev.rulesmith.validator.checks.CheckTester.assertFindings;
import static dev.rulesmith.validator.checks.CheckTester.replace;
import static dev.rulesmith.validator.checks.CheckTester.seedRule;

import org.junit.jupiter.api.Test;

class MinStackCommentsTest {

    private final MinStackComments check = new MinStackComments();

    @Test
    void reportsAMinStackVersionWithoutComment() {
        String uncommented = replace(seedRule(), "min_stack_comments = \"AWS integration breaking changes, "
                + "bumping version to ^2.0.0\"\n", "");
        assertFindings(check, replace(uncommented, "min_stack_version = \"8.9.0\"", "min_stack_version = \"8.9.0\" "
                + "# expect[min-stack-comments]: metadata.min_stack_version is set without "
                + "metadata.min_stack_comments"));
    }

    @Test
    void acceptsACommentOrNoVersion() {
        assertClean(check, seedRule());
        assertClean(check, replace(seedRule(), "min_stack_version = \"8.9.0\"\n", ""));
    }
}
