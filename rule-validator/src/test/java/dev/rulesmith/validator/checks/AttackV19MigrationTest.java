package dev.rulesmith.validator.checks;

import static dev.rulesmith.validator.checks.CheckTester.assertClean;
import static dev.rulesmith.validator.checks.CheckTester.assertFindings;
import static dev.rulesmith.validator.checks.CheckTester.replace;
import static dev.rulesmith.validator.checks.CheckTester.seedRule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.rulesmith.validator.attack.AttackCatalog;
import dev.rulesmith.validator.check.ReferenceData;
import dev.rulesmith.validator.engine.Validator;
import dev.rulesmith.validator.engine.ValidatorConfig;
import dev.rulesmith.validator.fields.FieldSchemas;
import dev.rulesmith.validator.finding.Severity;
import dev.rulesmith.validator.model.RuleLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttackV19MigrationTest {

    private final AttackV19Migration check = new AttackV19Migration();

    @Test
    void listsEveryMappingOfTheSeedRuleThatChangesInV19() {
        String toml = replace(seedRule(), "id = \"T1562\"\n", "id = \"T1562\" # expect[attack-v19-migration]: "
                + "rule.threat[1].technique[0].id: T1562 'Impair Defenses' in ATT&CK v18.1 becomes T1685 "
                + "'Disable or Modify Tools' (https://attack.mitre.org/techniques/T1685/) in ATT&CK v19\n");
        toml = replace(toml, "id = \"T1562.007\"", "id = \"T1562.007\" # expect[attack-v19-migration]: "
                + "rule.threat[1].technique[0].subtechnique[0].id: T1562.007 'Disable or Modify Cloud Firewall' in "
                + "ATT&CK v18.1 becomes T1686.001 'Cloud Firewall'");
        toml = replace(toml, "name = \"Defense Evasion\"", "name = \"Defense Evasion\" # expect[attack-v19-migration]: "
                + "rule.threat[1].tactic.name: TA0005 'Defense Evasion' in ATT&CK v18.1 is renamed 'Stealth' in "
                + "ATT&CK v19");
        assertFindings(check, toml);
    }

    @Test
    void acceptsMappingsThatKeepTheirIds() {
        String seed = seedRule();
        assertClean(check, seed.substring(0, seed.indexOf("[[rule.threat]]\nframework = \"MITRE ATT&CK\"\n[[")));
    }

    @Test
    void saysNothingWhenTheCatalogIsNotAV18Catalog(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("v19.json");
        Files.writeString(file, """
                {"format": "enterprise-attack-catalog", "format_version": 1, "attack_version": "19.1",
                 "tactics": [{"id": "TA0005", "name": "Stealth", "shortname": "stealth",
                              "url": "https://attack.mitre.org/tactics/TA0005/"}],
                 "techniques": [{"id": "T1562", "name": "Impair Defenses",
                                 "url": "https://attack.mitre.org/techniques/T1562/", "tactics": ["stealth"],
                                 "deprecated": false, "revoked": false}]}
                """);
        ReferenceData v19 = new ReferenceData(AttackCatalog.load(file), FieldSchemas.bundled());
        ValidatorConfig config = new ValidatorConfig(Map.of(), Set.of(), Severity.ERROR, Set.of(check.id()));
        assertEquals(List.of(), new Validator(v19, config, List.of(check))
                .validate(List.of(RuleLoader.parse("rule.toml", seedRule()))).findings());
    }

    @Test
    void isOptIn() {
        assertFalse(check.defaultEnabled());
    }
}
