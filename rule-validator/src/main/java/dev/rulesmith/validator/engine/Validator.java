package dev.rulesmith.validator.engine;

import dev.rulesmith.validator.check.Check;
import dev.rulesmith.validator.check.Checks;
import dev.rulesmith.validator.check.ReferenceData;
import dev.rulesmith.validator.check.RepositoryCheck;
import dev.rulesmith.validator.check.RepositoryContext;
import dev.rulesmith.validator.check.RuleCheck;
import dev.rulesmith.validator.check.RuleContext;
import dev.rulesmith.validator.finding.Finding;
import dev.rulesmith.validator.finding.Severity;
import dev.rulesmith.validator.model.RuleFile;
import dev.rulesmith.validator.model.RuleLoader;
import dev.rulesmith.validator.model.RuleSelection;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Runs every enabled check over every rule (in parallel) and collects all findings; nothing stops at the first bad
 * rule. A rule that is not valid TOML gets only its syntax findings. Checks outside the configured profile do not run
 * (unless enabled explicitly), and findings the configuration's suppressions name are dropped and counted.
 */
public final class Validator {

    private final ReferenceData reference;
    private final ValidatorConfig config;
    private final List<Check> checks;

    public Validator(ReferenceData reference, ValidatorConfig config) {
        this(reference, config, Checks.all());
    }

    public Validator(ReferenceData reference, ValidatorConfig config, List<Check> checks) {
        this.reference = reference;
        this.config = config;
        this.checks = checks.stream().filter(config::enabled).toList();
    }

    /** Validates every {@code *.toml} file under a directory. */
    public ValidationResult validateDirectory(Path rulesDirectory) {
        return validateDirectory(rulesDirectory, RuleSelection.ALL);
    }

    /** Validates the selected {@code *.toml} files under a directory. */
    public ValidationResult validateDirectory(Path rulesDirectory, RuleSelection selection) {
        return validateDirectory(rulesDirectory, selection, Optional.empty());
    }

    /**
     * Validates the selected {@code *.toml} files under a directory; with a base git ref (pull-request mode),
     * repository checks may compare the rules with their versions there.
     */
    public ValidationResult validateDirectory(Path rulesDirectory, RuleSelection selection, Optional<String> baseRef) {
        List<Path> files = RuleLoader.discover(rulesDirectory, selection);
        long start = System.nanoTime();
        List<RuleFile> rules = files.parallelStream().map(file -> RuleLoader.load(rulesDirectory, file)).toList();
        return validate(rules, RepositoryContext.of(rulesDirectory).withBaseRef(baseRef), start);
    }

    public ValidationResult validate(List<RuleFile> rules) {
        return validate(rules, RepositoryContext.NONE, System.nanoTime());
    }

    private ValidationResult validate(List<RuleFile> rules, RepositoryContext repository, long start) {
        List<RuleContext> contexts = rules.parallelStream().map(rule -> RuleContext.of(rule, reference)).toList();
        List<Finding> findings = new ArrayList<>(contexts.parallelStream().flatMap(this::ruleFindings).toList());
        List<RuleContext> wellFormed = contexts.stream().filter(c -> c.rule().syntaxErrors().isEmpty()).toList();
        for (Check check : checks) {
            if (check instanceof RepositoryCheck repositoryCheck) {
                findings.addAll(repositoryCheck.check(wellFormed, repository));
            }
        }
        Map<String, String> ruleIds = ruleIds(contexts);
        List<Finding> configured = findings.stream().map(config::apply).toList();
        List<Finding> kept = configured.stream()
                .filter(f -> !config.suppressions().suppresses(f, ruleIds.get(f.path())))
                .toList();
        return new ValidationResult(contexts, kept, Duration.ofNanos(System.nanoTime() - start),
                configured.size() - kept.size());
    }

    /** The rule_id of each rule file by display path (rules without one are left out). */
    private static Map<String, String> ruleIds(List<RuleContext> contexts) {
        Map<String, String> ids = new HashMap<>();
        for (RuleContext context : contexts) {
            context.rule().string("rule.rule_id").ifPresent(id -> ids.put(context.rule().path(), id));
        }
        return ids;
    }

    private Stream<Finding> ruleFindings(RuleContext context) {
        boolean wellFormed = context.rule().syntaxErrors().isEmpty();
        return checks.stream()
                .filter(RuleCheck.class::isInstance)
                .map(RuleCheck.class::cast)
                .filter(check -> wellFormed || check.id().equals("toml-syntax"))
                .flatMap(check -> relaxForDeprecated(context, check, check.check(context)));
    }

    private static Stream<Finding> relaxForDeprecated(RuleContext context, Check check, List<Finding> findings) {
        boolean deprecated = context.rule().string("metadata.maturity").filter("deprecated"::equals).isPresent();
        if (!deprecated || check.strictOnDeprecatedRules()) {
            return findings.stream();
        }
        return findings.stream().map(f -> f.severity() == Severity.ERROR ? f.withSeverity(Severity.WARNING) : f);
    }
}
