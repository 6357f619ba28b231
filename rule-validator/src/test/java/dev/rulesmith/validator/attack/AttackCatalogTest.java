package dev.rulesmith.validator.attack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttackCatalogTest {

    private static final AttackCatalog BUNDLED = AttackCatalog.bundled();

    @Test
    void followsRevocationChainsToTheCurrentEntry() {
        assertEquals(Optional.of("T1647"), BUNDLED.replacement("T1150").map(Technique::id));
        assertEquals(Optional.of("T1574.001"), BUNDLED.replacement("T1073").map(Technique::id));
        assertEquals(Optional.of("T1562.001"), BUNDLED.replacement("T1089").map(Technique::id));
    }

    @Test
    void currentAndDeprecatedEntriesHaveNoReplacement() {
        assertEquals(Optional.empty(), BUNDLED.replacement("T1562"));
        assertEquals(Optional.empty(), BUNDLED.replacement("T1026"));
        assertEquals(Optional.empty(), BUNDLED.replacement("T9999"));
    }

    @Test
    void findsTacticsByNameAndShortname() {
        assertEquals("TA0003", BUNDLED.tacticNamed("Persistence").orElseThrow().id());
        assertEquals(Optional.empty(), BUNDLED.tacticNamed("persistence"));
        assertEquals("TA0005", BUNDLED.tacticByShortname("defense-evasion").orElseThrow().id());
    }

    @Test
    void aUserCatalogWithoutRevokedByFallsBackToTheRedirectMap(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("catalog.json");
        Files.writeString(file, """
                {"format": "enterprise-attack-catalog", "format_version": 1, "attack_version": "18.0",
                 "tactics": [{"id": "TA0005", "name": "Defense Evasion", "shortname": "defense-evasion",
                              "url": "https://attack.mitre.org/tactics/TA0005/"}],
                 "techniques": [
                  {"id": "T1089", "name": "Disabling Security Tools", "url": "https://attack.mitre.org/techniques/T1089/",
                   "parent_id": null, "tactics": [], "deprecated": false, "revoked": true, "revoked_by": null},
                  {"id": "T1562.001", "name": "Disable or Modify Tools",
                   "url": "https://attack.mitre.org/techniques/T1562/001/", "parent_id": "T1562",
                   "tactics": ["defense-evasion"], "deprecated": false, "revoked": false, "revoked_by": null}]}
                """);
        AttackCatalog catalog = AttackCatalog.load(file);
        assertEquals("ATT&CK v18.0", catalog.label());
        assertEquals(Optional.of("T1562.001"), catalog.replacement("T1089").map(Technique::id));
    }
}
