package dev.rulesmith.validator.checks;

import static dev.rulesmith.validator.checks.CheckTester.assertRepository;
import static dev.rulesmith.validator.checks.CheckTester.file;
import static dev.rulesmith.validator.checks.CheckTester.replace;
import static dev.rulesmith.validator.checks.CheckTester.seedRule;

import org.junit.jupiter.api.Test;

class FileNameTacticTest {

    private final FileNameTactic check = new FileNameTactic();

    @Test
    void reportsAnElasticRuleNotNamedAfterItsPrimaryTactic() {
        assertRepository(check, file("rules/aws/sg_change.toml", replace(seedRule(), "name = \"Persistence\"",
                "name = \"Persistence\" # expect[file-name-tactic]: file name 'sg_change.toml' must start with the "
                        + "primary tactic 'persistence' (rule.threat[0] is Persistence)")));
    }

    @Test
    void acceptsTheTacticPrefixAndExemptsOtherAuthorsAndMachineLearning() {
        assertRepository(check, file("rules/aws/persistence_sg_change.toml", seedRule()));
        assertRepository(check, file("rules/aws/sg_change.toml",
                replace(seedRule(), "author = [\"Elastic\", \"Austin Songer\"]", "author = [\"Austin Songer\"]")));
        assertRepository(check, file("rules/aws/sg_change.toml",
                replace(seedRule(), "type = \"query\"", "type = \"machine_learning\"")));
        assertRepository(check, file("rules/_deprecated/sg_change.toml", RepositoryRules.deprecated()));
    }
}
