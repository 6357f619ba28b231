package dev.rulesmith.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rulesmith.validator.SharedData;
import dev.rulesmith.validator.check.ReferenceData;
import dev.rulesmith.validator.check.RuleContext;
import dev.rulesmith.validator.engine.RuleRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Documents the 1,102 production rules of the shared corpus and prints how long it took (not asserted: the machine
 * decides). Checks that every rule got a page and a Markdown page, and that the index lists them all.
 */
class CorpusDocsTest {

    @TempDir
    Path out;

    @Test
    void documentsTheWholeCorpus() throws IOException {
        Path corpus = SharedData.require("corpus/detection-rules");
        long loadStart = System.nanoTime();
        List<RuleContext> rules = RuleRepository.load(corpus, ReferenceData.bundled());
        long loaded = System.nanoTime();
        DocsResult result = DocsSite.write(new DocsRequest(rules, corpus.resolve("fixtures"), Optional.empty(),
                Optional.of("https://github.com/elastic/detection-rules/blob/main"), out));
        long written = System.nanoTime();
        System.out.printf("Corpus docs: %d rules loaded in %d ms, site of %d rule pages written in %d ms%n",
                rules.size(), (loaded - loadStart) / 1_000_000, result.rulePages(), (written - loaded) / 1_000_000);

        assertEquals(1102, rules.size());
        assertEquals(List.of(), result.skipped());
        assertEquals(rules.size(), count("rules", ".html"));
        assertEquals(rules.size(), count("markdown", ".md"));
        String index = Files.readString(out.resolve("index.html"));
        assertEquals(rules.size(), index.split("<tr data-search=", -1).length - 1);
        assertTrue(index.contains("Showing 1102 of 1102 rules."));
    }

    private long count(String directory, String extension) throws IOException {
        try (Stream<Path> files = Files.list(out.resolve(directory))) {
            return files.filter(f -> f.toString().endsWith(extension)).count();
        }
    }
}
