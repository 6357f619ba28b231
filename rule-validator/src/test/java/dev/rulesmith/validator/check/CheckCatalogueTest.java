package dev.rulesmith.validator.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code rule-validator/CHECKS.md} is the catalogue the registry renders: a check added, removed or changed without
 * regenerating it fails here. {@code -Drulesmith.updateGolden=true} rewrites the file instead.
 */
class CheckCatalogueTest {

    @Test
    void checksMdIsUpToDate() throws IOException {
        Path file = CheckCatalogueGenerator.catalogueFile();
        if (Boolean.getBoolean("rulesmith.updateGolden")) {
            CheckCatalogueGenerator.write(file);
        }
        String committed = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        assertEquals(CheckCatalogueGenerator.render(), committed, file + " is out of date with the check registry;"
                + " regenerate it with: mvn -o -pl rule-validator test -Dtest=CheckCatalogueTest"
                + " -Drulesmith.updateGolden=true");
    }

    @Test
    void listsEveryCheckWithItsDocPageSeverityProfilesAndSummary() {
        String catalogue = CheckCatalogue.markdown(Checks.all());
        for (Check check : Checks.all()) {
            assertTrue(catalogue.contains("| [`" + check.id() + "`](" + CheckCatalogue.DOC_DIRECTORY + check.id()
                    + ".md) | "), check.id());
        }
        assertEquals(Checks.all().size() + 2, catalogue.lines().filter(line -> line.startsWith("|")).count());
    }

    @Test
    void rendersOneRowPerCheckWithPipesEscaped() {
        Check esql = Checks.byId("esql-structure").orElseThrow();
        String row = CheckCatalogue.markdown(List.of(esql)).lines().filter(l -> l.startsWith("| [")).findFirst()
                .orElseThrow();
        assertEquals("| [`esql-structure`](src/main/resources/dev/rulesmith/validator/checks/esql-structure.md)"
                + " | error | default, elastic | yes | ES\\|QL rules have no index, a KEEP, and keep _id, _version and"
                + " _index unless they aggregate. |", row);
        Check elasticOptIn = Checks.byId("tactic-tag-secondary").orElseThrow();
        assertTrue(CheckCatalogue.markdown(List.of(elasticOptIn)).contains("| note | default, elastic | no (opt-in) |"),
                CheckCatalogue.markdown(List.of(elasticOptIn)));
    }
}
