package dev.rulesmith.authoring.scaffold;

import dev.rulesmith.validator.attack.AttackCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Scaffolds a new rule: a rule file at detection-rules' conventional path
 * ({@code integrations/<integration>/<tactic>_<name>.toml}) with a fresh rule_id, today's dates, the ATT&amp;CK
 * mapping from the catalog and {@code <<placeholders>>} for what the author has to write, and a fixture file at the
 * same relative path with one positive and one negative case. The clock and the id source are injectable so that
 * output is reproducible.
 */
public final class RuleScaffold {

    private static final Pattern INTEGRATION = Pattern.compile("[a-z0-9][a-z0-9_]*");

    private final AttackCatalog catalog;
    private final Clock clock;
    private final Supplier<UUID> ids;

    public RuleScaffold(AttackCatalog catalog, Clock clock, Supplier<UUID> ids) {
        this.catalog = catalog;
        this.clock = clock;
        this.ids = ids;
    }

    /** A scaffold with the bundled ATT&amp;CK catalog, the system clock (UTC) and random UUIDs. */
    public static RuleScaffold withDefaults() {
        return new RuleScaffold(AttackCatalog.bundled(), Clock.systemUTC(), UUID::randomUUID);
    }

    /** The files of a new rule; nothing is written. Fails on a bad name, integration or ATT&amp;CK id. */
    public ScaffoldResult create(ScaffoldRequest request) throws ScaffoldException {
        if (request.name().isEmpty()) {
            throw new ScaffoldException("the rule needs a name");
        }
        if (!INTEGRATION.matcher(request.integration()).matches()) {
            throw new ScaffoldException("integration '" + request.integration() + "' must be a package name of a-z, "
                    + "0-9 and '_', e.g. aws");
        }
        AttackMapping attack = AttackMapping.resolve(catalog, request.tactic(), request.technique());
        IntegrationProfile profile = IntegrationProfile.of(request.integration());
        LocalDate today = LocalDate.now(clock);
        String path = "integrations/" + request.integration() + "/" + fileName(request, attack);
        return new ScaffoldResult(
                new ScaffoldFile(path, RuleTemplate.render(request, attack, profile, today, ids.get())),
                new ScaffoldFile(path, FixtureTemplate.render(path, request.type(), profile, today)));
    }

    /**
     * Writes the files under the rules and fixtures directories, creating folders as needed, and returns the paths
     * written. Refuses, writing nothing, when either file exists.
     */
    public static List<Path> write(ScaffoldResult result, Path rulesDirectory, Path fixturesDirectory)
            throws ScaffoldException {
        Path rule = rulesDirectory.resolve(result.rule().path());
        Path fixture = fixturesDirectory.resolve(result.fixture().path());
        if (rule.toAbsolutePath().normalize().equals(fixture.toAbsolutePath().normalize())) {
            throw new ScaffoldException("the rules and the fixtures directory are the same (" + rulesDirectory
                    + "): the fixture file would replace the rule");
        }
        for (Path existing : List.of(rule, fixture)) {
            if (Files.exists(existing)) {
                throw new ScaffoldException(existing + " already exists: new-rule does not overwrite files; choose "
                        + "another name or remove the file");
            }
        }
        List<Path> written = new ArrayList<>();
        try {
            written.add(writeFile(rule, result.rule().content()));
            written.add(writeFile(fixture, result.fixture().content()));
        } catch (IOException e) {
            throw new ScaffoldException("cannot write " + (written.isEmpty() ? rule : fixture) + ": " + e.getMessage());
        }
        return List.copyOf(written);
    }

    private static Path writeFile(Path file, String content) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        return Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    /** {@code <tactic>_<name in snake case>.toml}, without a leading integration word the folder already says. */
    private static String fileName(ScaffoldRequest request, AttackMapping attack) throws ScaffoldException {
        String snake = request.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_")
                .replaceAll("^_+|_+$", "");
        String integration = request.integration() + "_";
        if (snake.startsWith(integration) && snake.length() > integration.length()) {
            snake = snake.substring(integration.length());
        }
        if (snake.isEmpty()) {
            throw new ScaffoldException("rule name '" + request.name() + "' has no letters or digits for a file name");
        }
        String prefix = attack.fileNamePrefix() + "_";
        return (snake.startsWith(prefix) ? snake : prefix + snake) + ".toml";
    }
}
