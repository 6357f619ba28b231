package dev.rulesmith.validator.esql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The ES|QL tokeniser against the cases of {@code esql/lexer-spec.txt}. */
class EsqlLexerSpecTest {

    private record Case(String name, String query, List<String> expected) {
    }

    @TestFactory
    Stream<DynamicTest> tokenisesEveryCase() throws IOException {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> assertEquals(c.expected(),
                EsqlLexer.tokens(c.query()).stream().map(t -> t.kind() + " " + t.text() + " @" + t.line() + ":"
                        + t.column()).toList(), c.query())));
    }

    @Test
    void splitsCommandsAtPipesOutsideStringsAndComments() {
        List<EsqlCommand> commands = EsqlCommand.parse("from a // | x\n| where b == \"|\" | KEEP `_id`, c");
        assertEquals(List.of("from", "where", "keep"), commands.stream().map(EsqlCommand::command).toList());
        assertEquals(List.of("_id", "c"), commands.get(2).names(0).stream().map(EsqlToken::text).toList());
    }

    private static List<Case> cases() throws IOException {
        String spec;
        try (InputStream in = EsqlLexerSpecTest.class.getResourceAsStream("lexer-spec.txt")) {
            spec = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Case> cases = new ArrayList<>();
        String[] blocks = spec.split("(?m)^=== ");
        for (int i = 1; i < blocks.length; i++) {
            String block = blocks[i];
            int nameEnd = block.indexOf('\n');
            String[] parts = block.substring(nameEnd + 1).split("(?m)^---\n", 2);
            String query = parts[0].endsWith("\n") ? parts[0].substring(0, parts[0].length() - 1) : parts[0];
            cases.add(new Case(block.substring(0, nameEnd), query, parts[1].strip().lines().toList()));
        }
        return cases;
    }
}
