package dev.rulesmith.validator.checks;

import static dev.rulesmith.validator.checks.CheckTester.assertClean;
import static dev.rulesmith.validator.checks.CheckTester.assertFindings;
import static dev.rulesmith.validator.checks.CheckTester.replace;
import static dev.rulesmith.validator.checks.CheckTester.run;
import static dev.rulesmith.validator.checks.CheckTester.seedRule;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rulesmith.validator.SharedData;
import dev.rulesmith.validator.check.ReferenceData;
import dev.rulesmith.validator.engine.Validator;
import dev.rulesmith.validator.engine.ValidatorConfig;
import dev.rulesmith.validator.finding.Finding;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlaceholderTextTest {

    private final PlaceholderText check = new PlaceholderText();

    @Test
    void reportsEachPlaceholderInKeysAndArrayElements() {
        assertFindings(check, replace(seedRule(), "author = [\"Elastic\", \"Austin Songer\"]",
                "author = [\"Elastic\", \"<<author>>\"] # expect[placeholder-text]: rule.author[1]: placeholder "
                        + "'<<author>>' is still there"));
        assertFindings(check, replace(seedRule(), "license = \"Elastic License v2\"",
                "license = \"<<licence>> or <<other>>\" # expect[placeholder-text]: '<<licence>>'\n"
                        + "# expect(-1)[placeholder-text]: '<<other>>'"));
    }

    @Test
    void pointsAtTheLineAndColumnInsideMultiLineStrings() {
        String toml = replace(replace(seedRule(), "configurations may allow unauthorized access.",
                "configurations may <<what it allows>>."), "    A security group may be created",
                "    <<Legitimate activity>> may be created");
        List<String> found = run(check, toml).stream().map(f -> f.position() + " " + f.message()).toList();
        assertEquals(List.of(
                "13:20 rule.description: placeholder '<<what it allows>>' is still there: replace it with the rule's "
                        + "own text",
                "18:5 rule.false_positives[0]: placeholder '<<Legitimate activity>>' is still there: replace it with "
                        + "the rule's own text"), found);
    }

    @Test
    void reportsPlaceholdersInTheQuery() {
        assertFindings(check, replace(seedRule(), "query = '''",
                "query = '''\nevent.action:\"<<api call>>\" and # expect[placeholder-text]: rule.query"));
    }

    @Test
    void acceptsRulesWithoutPlaceholdersAndHereDocuments() {
        assertClean(check, seedRule());
        assertClean(check, replace(seedRule(), "license = \"Elastic License v2\"",
                "license = \"cat <<EOF >> out and base64 -d <<< abc >> x and a << b\""));
    }

    @Test
    void findsNothingInTheProductionCorpus() {
        Path corpus = SharedData.require("corpus/detection-rules");
        List<Finding> findings = new Validator(ReferenceData.bundled(), ValidatorConfig.DEFAULT, List.of(check))
                .validateDirectory(corpus).findings();
        assertEquals(List.of(), findings.stream().map(Finding::format).toList());
    }
}
