package dev.rulesmith.authoring.scaffold;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The scaffold of each rule type against golden files under {@code src/test/resources/.../scaffold/golden/};
 * {@code -Drulesmith.updateGolden=true} rewrites them (then review the diff).
 */
class RuleScaffoldGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/dev/rulesmith/authoring/scaffold/golden");

    static Stream<Arguments> cases() {
        return Stream.concat(Stream.of(RuleType.values())
                        .map(type -> Arguments.of(type.tomlName(), Scaffolds.aws(type))),
                Stream.of(Arguments.of("okta-query", Scaffolds.okta())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesTheGoldenFiles(String name, ScaffoldRequest request) throws Exception {
        ScaffoldResult result = Scaffolds.fixed().create(request);
        compare(GOLDEN.resolve(name).resolve("rule.toml"), result.rule().content());
        compare(GOLDEN.resolve(name).resolve("fixture.toml"), result.fixture().content());
        assertEquals(result, Scaffolds.fixed().create(request), "scaffolding twice gives the same files");
    }

    private static void compare(Path golden, String actual) throws IOException {
        if (Boolean.getBoolean("rulesmith.updateGolden")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, golden + " differs; regenerate with "
                + "mvn -o -pl rule-authoring test -Dtest=RuleScaffoldGoldenTest -Drulesmith.updateGolden=true");
    }
}
