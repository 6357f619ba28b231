package dev.rulesmith.authoring.lock;

import dev.rulesmith.authoring.export.ApiFormat;
import dev.rulesmith.authoring.export.KibanaExport;
import dev.rulesmith.authoring.export.RuleHash;
import dev.rulesmith.validator.check.RepositoryCheck;
import dev.rulesmith.validator.check.RepositoryContext;
import dev.rulesmith.validator.check.RuleContext;
import dev.rulesmith.validator.engine.BaseRevision;
import dev.rulesmith.validator.engine.ChangedFiles;
import dev.rulesmith.validator.finding.Finding;
import dev.rulesmith.validator.finding.Severity;
import dev.rulesmith.validator.model.KeyPath;
import dev.rulesmith.validator.model.RuleFile;
import dev.rulesmith.validator.model.RuleLoader;
import dev.rulesmith.validator.model.SourcePosition;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * In pull-request mode (a base git ref is known), a rule whose content changed since the base ref must have a later
 * {@code metadata.updated_date} than it had there. Content is what the version lock hashes ({@link RuleHash} of the
 * API-format rule), so a change of metadata, formatting or comments does not count. Rules new since the base ref and
 * deprecated rules are not compared; without a base ref the check finds nothing.
 */
public final class UpdatedDateCheck implements RepositoryCheck {

    private static final String UPDATED_DATE = "metadata.updated_date";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu/MM/dd");

    private final ApiFormat format = ApiFormat.bundled();

    @Override
    public String id() {
        return "updated-date-moved";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "In pull-request mode, a rule whose content changed since the base ref has a later updated_date.";
    }

    /** Without a rules directory and base ref there is nothing to compare with. */
    @Override
    public List<Finding> check(List<RuleContext> rules) {
        return List.of();
    }

    @Override
    public List<Finding> check(List<RuleContext> rules, RepositoryContext repository) {
        if (repository.rulesDirectory().isEmpty() || repository.baseRef().isEmpty()) {
            return List.of();
        }
        Path directory = repository.rulesDirectory().get().toAbsolutePath().normalize();
        String ref = repository.baseRef().get();
        try {
            BaseRevision base = BaseRevision.of(directory, ref);
            Set<Path> changed = ChangedFiles.since(directory, ref, List.of(directory));
            List<Finding> findings = new ArrayList<>();
            for (RuleContext context : rules) {
                Path file = directory.resolve(context.rule().path()).normalize();
                if (changed.contains(file) && !KibanaExport.isDeprecated(context)) {
                    base.read(file).flatMap(text -> compare(context, text, ref)).ifPresent(findings::add);
                }
            }
            return findings;
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            return List.of(new Finding(".", SourcePosition.START, defaultSeverity(), "cannot compare the rules with"
                    + " their versions at " + ref + ": " + e.getMessage(), id()));
        }
    }

    /** The finding when the content differs from the base text's while updated_date did not move past its date. */
    private Optional<Finding> compare(RuleContext context, String baseText, String ref) {
        RuleFile baseFile = RuleLoader.parse(context.rule().path(), baseText);
        Optional<LocalDate> now = date(context.rule());
        Optional<LocalDate> before = date(baseFile);
        if (now.isEmpty() || before.isEmpty() || now.get().isAfter(before.get())
                || !baseFile.syntaxErrors().isEmpty()) {
            return Optional.empty();
        }
        RuleContext baseContext = RuleContext.of(baseFile, context.reference());
        if (RuleHash.of(format.of(context)).equals(RuleHash.of(format.of(baseContext)))) {
            return Optional.empty();
        }
        String date = context.rule().string(UPDATED_DATE).orElseThrow();
        String state = now.get().isEqual(before.get()) ? "is still " + date
                : "is " + date + ", before its " + baseFile.string(UPDATED_DATE).orElseThrow() + " there";
        return Optional.of(finding(context.rule(), KeyPath.parse(UPDATED_DATE), "content changed since " + ref + " but updated_date "
                + state + ": set it to today's date"));
    }

    private static Optional<LocalDate> date(RuleFile rule) {
        try {
            return rule.string(UPDATED_DATE).map(text -> LocalDate.parse(text, DATE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
