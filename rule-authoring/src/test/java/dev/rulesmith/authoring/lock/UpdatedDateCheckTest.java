package dev.rulesmith.authoring.lock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rulesmith.authoring.export.Rules;
import dev.rulesmith.validator.check.ReferenceData;
import dev.rulesmith.validator.engine.Validator;
import dev.rulesmith.validator.engine.ValidatorConfig;
import dev.rulesmith.validator.finding.Finding;
import dev.rulesmith.validator.model.RuleSelection;
import dev.rulesmith.validator.GitRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The check inside the validator over a git repository made for each test: the seed rule committed, then changed in
 * the work tree (compared with {@code HEAD}) or in a second commit (compared with {@code HEAD~1}).
 */
class UpdatedDateCheckTest {

    private static final String QUERY = "event.outcome:success";
    private static final String DATE = "updated_date = \"2024/04/14\"";

    @TempDir
    Path repository;

    private GitRepository git;

    private Path seed;

    @BeforeEach
    void commitTheSeedRule() throws IOException, InterruptedException {
        seed = repository.resolve("rules/aws/seed.toml");
        Files.createDirectories(seed.getParent());
        Files.writeString(seed, Rules.seedToml());
        git = GitRepository.commitAll(repository, "seed rule", "the updated-date-moved tests");
    }

    private List<String> validate(Optional<String> baseRef) {
        Validator validator = new Validator(ReferenceData.bundled(), ValidatorConfig.DEFAULT,
                List.of(new UpdatedDateCheck()));
        return validator.validateDirectory(repository.resolve("rules"), RuleSelection.ALL, baseRef).findings()
                .stream().map(Finding::format).toList();
    }

    private void change(String text, String replacement) throws IOException {
        Files.writeString(seed, Rules.replace(Files.readString(seed), text, replacement));
    }

    @Test
    void aChangedQueryWithTheSameUpdatedDateFailsAtTheDate() throws IOException {
        change(QUERY, "event.outcome:failure");
        assertEquals(List.of("aws/seed.toml:7:1: ERROR content changed since HEAD but updated_date is still"
                + " 2024/04/14: set it to today's date [updated-date-moved]"), validate(Optional.of("HEAD")));
    }

    @Test
    void aCommittedChangeIsComparedWithTheBaseCommit() throws IOException, InterruptedException {
        change("risk_score = 21", "risk_score = 47");
        git.git("commit", "-q", "-am", "raise the risk score");
        assertEquals(List.of("aws/seed.toml:7:1: ERROR content changed since HEAD~1 but updated_date is still"
                + " 2024/04/14: set it to today's date [updated-date-moved]"), validate(Optional.of("HEAD~1")));
        assertEquals(List.of(), validate(Optional.of("HEAD")));
    }

    @Test
    void anEarlierUpdatedDateFailsWithBothDates() throws IOException {
        change(QUERY, "event.outcome:failure");
        change(DATE, "updated_date = \"2023/12/31\"");
        assertEquals(List.of("aws/seed.toml:7:1: ERROR content changed since HEAD but updated_date is 2023/12/31,"
                + " before its 2024/04/14 there: set it to today's date [updated-date-moved]"),
                validate(Optional.of("HEAD")));
    }

    @Test
    void aMovedUpdatedDatePasses() throws IOException {
        change(QUERY, "event.outcome:failure");
        change(DATE, "updated_date = \"2024/05/01\"");
        assertEquals(List.of(), validate(Optional.of("HEAD")));
    }

    @Test
    void commentsFormattingAndMetadataAreNotContent() throws IOException {
        change("risk_score = 21", "# reviewed\nrisk_score   =   21");
        change("min_stack_comments = \"AWS integration", "min_stack_comments = \"The AWS integration");
        assertEquals(List.of(), validate(Optional.of("HEAD")));
    }

    @Test
    void aNewRuleIsNotCompared() throws IOException {
        Files.writeString(seed.resolveSibling("new.toml"), Rules.replace(Rules.seedToml(), QUERY,
                "event.outcome:failure"));
        assertEquals(List.of(), validate(Optional.of("HEAD")));
    }

    @Test
    void withoutABaseRefNothingIsCompared() throws IOException {
        change(QUERY, "event.outcome:failure");
        assertEquals(List.of(), validate(Optional.empty()));
        assertEquals(List.of(), new UpdatedDateCheck().check(List.of(Rules.seed())));
    }

    @Test
    void aMissingRefIsOneFindingWithWhatToDo() throws IOException {
        change(QUERY, "event.outcome:failure");
        List<String> findings = validate(Optional.of("origin/no-such-branch"));
        assertEquals(1, findings.size());
        assertTrue(findings.get(0).startsWith(".:1:1: ERROR cannot compare the rules with their versions at"
                + " origin/no-such-branch: git ref 'origin/no-such-branch' not found in "), findings.get(0));
    }
}
