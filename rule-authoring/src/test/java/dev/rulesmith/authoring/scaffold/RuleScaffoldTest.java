package dev.rulesmith.authoring.scaffold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleScaffoldTest {

    @TempDir
    Path repository;

    private static ScaffoldRequest request(String name, String tactic, String technique) {
        return new ScaffoldRequest(name, RuleType.QUERY, tactic, Optional.ofNullable(technique), "aws");
    }

    private static String error(ScaffoldRequest request) {
        return assertThrows(ScaffoldException.class, () -> Scaffolds.fixed().create(request)).getMessage();
    }

    @Test
    void namesTheFileAfterThePrimaryTacticAndTheRuleInItsIntegrationFolder() throws Exception {
        assertEquals("integrations/aws/persistence_iam_login_profile_created.toml",
                Scaffolds.fixed().create(request("AWS IAM Login-Profile Created!", "TA0003", "T1098.001")).rule().path());
        assertEquals("integrations/aws/persistence_sneaky_user.toml",
                Scaffolds.fixed().create(request("Persistence: sneaky user", "persistence", null)).rule().path());
        assertEquals("integrations/aws/defense_evasion_aws.toml",
                Scaffolds.fixed().create(request("AWS", "Defense Evasion", null)).rule().path());
    }

    @Test
    void mapsATacticAloneWithoutTechnique() throws Exception {
        String rule = Scaffolds.fixed().create(request("Something", "ta0003", null)).rule().content();
        assertTrue(rule.endsWith("[[rule.threat]]\nframework = \"MITRE ATT&CK\"\n\n[rule.threat.tactic]\nid = \"TA0003\""
                + "\nname = \"Persistence\"\nreference = \"https://attack.mitre.org/tactics/TA0003/\"\n"), rule);
    }

    @Test
    void refusesUnknownTacticsAndTechniquesWithTheNearestId() {
        assertEquals("unknown tactic 'TA0030' in ATT&CK v18.1: did you mean TA0003 (Persistence)? (tactics: "
                + "TA0043 (Reconnaissance), TA0042 (Resource Development), TA0001 (Initial Access), TA0002 (Execution), "
                + "TA0003 (Persistence), TA0004 (Privilege Escalation), TA0005 (Defense Evasion), TA0006 (Credential "
                + "Access), TA0007 (Discovery), TA0008 (Lateral Movement), TA0009 (Collection), TA0011 (Command and "
                + "Control), TA0010 (Exfiltration), TA0040 (Impact))", error(request("X", "TA0030", null)));
        assertTrue(error(request("X", "Persistance", null))
                .startsWith("unknown tactic 'Persistance' in ATT&CK v18.1: did you mean TA0003 (Persistence)?"));
        assertEquals("unknown technique 'T1562.070' in ATT&CK v18.1: did you mean T1562.007 (Disable or Modify "
                + "Cloud Firewall)?", error(request("X", "TA0005", "T1562.070")));
        assertEquals("unknown technique 'NOPE' in ATT&CK v18.1", error(request("X", "TA0005", "nope")));
    }

    @Test
    void refusesATechniqueOfAnotherTacticNamingItsTactics() {
        assertEquals("technique T1562.007 (Disable or Modify Cloud Firewall) does not belong to tactic TA0003 "
                + "(Persistence) in ATT&CK v18.1; it belongs to TA0005 (Defense Evasion)",
                error(request("X", "TA0003", "T1562.007")));
        assertEquals("technique T1078 (Valid Accounts) does not belong to tactic TA0007 (Discovery) in ATT&CK v18.1; "
                + "it belongs to TA0001 (Initial Access), TA0003 (Persistence), TA0004 (Privilege Escalation), "
                + "TA0005 (Defense Evasion)", error(request("X", "TA0007", "T1078")));
    }

    @Test
    void refusesARevokedTechniqueNamingItsReplacement() {
        assertEquals("technique T1547.011 (Plist Modification) is revoked in ATT&CK v18.1: use T1647 (Plist File "
                + "Modification) instead", error(request("X", "TA0005", "T1547.011")));
    }

    @Test
    void refusesBadNamesIntegrationsAndTypes() {
        assertEquals("the rule needs a name", error(request("  ", "TA0003", null)));
        assertEquals("rule name '!!!' has no letters or digits for a file name", error(request("!!!", "TA0003", null)));
        assertEquals("integration 'AWS/x' must be a package name of a-z, 0-9 and '_', e.g. aws",
                error(new ScaffoldRequest("X", RuleType.QUERY, "TA0003", Optional.empty(), "AWS/x")));
        assertEquals("unknown rule type 'treshold', expected one of [query, eql, esql, threshold, new_terms] (did "
                + "you mean 'threshold'?)", assertThrows(ScaffoldException.class, () -> RuleType.parse("treshold"))
                .getMessage());
    }

    @Test
    void writesBothFilesAndRefusesToOverwriteEither() throws Exception {
        Path rules = repository.resolve("rules");
        Path fixtures = repository.resolve("fixtures");
        ScaffoldResult result = Scaffolds.fixed().create(Scaffolds.aws(RuleType.QUERY));
        List<Path> written = RuleScaffold.write(result, rules, fixtures);
        assertEquals(List.of(rules.resolve(result.rule().path()), fixtures.resolve(result.fixture().path())), written);
        assertEquals(result.rule().content(), Files.readString(written.get(0), StandardCharsets.UTF_8));
        assertEquals(result.fixture().content(), Files.readString(written.get(1), StandardCharsets.UTF_8));

        Files.delete(written.get(0));
        ScaffoldException refused = assertThrows(ScaffoldException.class,
                () -> RuleScaffold.write(result, rules, fixtures));
        assertEquals(written.get(1) + " already exists: new-rule does not overwrite files; choose another name or "
                + "remove the file", refused.getMessage());
        assertTrue(Files.notExists(written.get(0)), "nothing is written when one file exists");
    }

    @Test
    void refusesOneDirectoryForRulesAndFixtures() throws Exception {
        ScaffoldResult result = Scaffolds.fixed().create(Scaffolds.aws(RuleType.QUERY));
        ScaffoldException refused = assertThrows(ScaffoldException.class,
                () -> RuleScaffold.write(result, repository, repository.resolve(".")));
        assertEquals("the rules and the fixtures directory are the same (" + repository + "): the fixture file would "
                + "replace the rule", refused.getMessage());
        assertTrue(Files.notExists(repository.resolve(result.rule().path())));
    }
}
