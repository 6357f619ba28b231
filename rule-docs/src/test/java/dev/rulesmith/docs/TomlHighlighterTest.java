package dev.rulesmith.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Runs {@code toml-highlighting.spec}, and checks that tokens always rebuild their line. */
class TomlHighlighterTest {

    @TestFactory
    Stream<DynamicTest> spec() throws IOException {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> assertEquals(c.expected(),
                TomlHighlighter.highlight(c.input()).stream().map(TomlHighlighterTest::render).toList())));
    }

    @Test
    void tokensAlwaysRebuildTheLine() {
        String source = RuleInputs.seed();
        List<String> rebuilt = TomlHighlighter.highlight(source).stream()
                .map(l -> l.tokens().stream().map(TomlHighlighter.Token::text).collect(Collectors.joining()))
                .toList();
        assertEquals(List.of(source.split("\n")), rebuilt);
    }

    @Test
    void numbersLinesFromOneAndIgnoresTheFinalNewline() {
        List<TomlHighlighter.Line> lines = TomlHighlighter.highlight("a = 1\r\n\r\nb = 2\n");
        assertEquals(List.of(1, 2, 3), lines.stream().map(TomlHighlighter.Line::number).toList());
    }

    private record Case(String name, String input, List<String> expected) {
    }

    private static String render(TomlHighlighter.Line line) {
        return (line.number() + ": " + line.tokens().stream().map(t -> t.kind() + "«" + t.text() + "»")
                .collect(Collectors.joining(" "))).stripTrailing();
    }

    private static List<Case> cases() throws IOException {
        String spec;
        try (InputStream in = TomlHighlighterTest.class.getResourceAsStream("toml-highlighting.spec")) {
            spec = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Case> cases = new ArrayList<>();
        for (String block : spec.split("\n=== ")) {
            if (block.startsWith("#")) {
                continue;
            }
            int nameEnd = block.indexOf('\n');
            String[] parts = block.substring(nameEnd + 1).split("\n---\n", 2);
            List<String> expected = parts[1].strip().lines().toList();
            cases.add(new Case(block.substring(0, nameEnd), parts[0] + "\n", expected));
        }
        return cases;
    }
}
