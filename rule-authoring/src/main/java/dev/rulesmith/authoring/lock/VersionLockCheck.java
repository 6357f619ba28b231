package dev.rulesmith.authoring.lock;

import dev.rulesmith.authoring.export.ApiFormat;
import dev.rulesmith.authoring.export.KibanaExport;
import dev.rulesmith.authoring.export.RuleHash;
import dev.rulesmith.validator.check.RepositoryCheck;
import dev.rulesmith.validator.check.RepositoryContext;
import dev.rulesmith.validator.check.RuleContext;
import dev.rulesmith.validator.finding.Finding;
import dev.rulesmith.validator.finding.Severity;
import dev.rulesmith.validator.model.KeyPath;
import dev.rulesmith.validator.model.SourcePosition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * When the repository keeps a version lock ({@code etc/version.lock.json} beside the rules directory), every rule
 * must have an entry whose hash is that of its current content: a pull request that changes a rule without running
 * {@code detection:lock-versions} fails. Without a lock file the check finds nothing.
 */
public final class VersionLockCheck implements RepositoryCheck {

    private static final KeyPath RULE_ID = KeyPath.parse("rule.rule_id");

    private final ApiFormat format = ApiFormat.bundled();

    @Override
    public String id() {
        return "version-lock";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "Where etc/version.lock.json exists, each rule has an entry with the hash of its current content.";
    }

    /** Without a rules directory there is no lock file to compare with. */
    @Override
    public List<Finding> check(List<RuleContext> rules) {
        return List.of();
    }

    @Override
    public List<Finding> check(List<RuleContext> rules, RepositoryContext repository) {
        Optional<Path> file = repository.rulesDirectory().map(VersionLock::file).filter(Files::isRegularFile);
        if (file.isEmpty()) {
            return List.of();
        }
        VersionLock lock;
        try {
            lock = VersionLock.read(file.get());
        } catch (IOException | RuntimeException e) {
            return List.of(new Finding("../etc/version.lock.json", SourcePosition.START, defaultSeverity(),
                    "the version lock cannot be read: " + e.getMessage(), id()));
        }
        List<Finding> findings = new ArrayList<>();
        for (RuleContext context : rules) {
            Optional<String> ruleId = context.rule().string("rule.rule_id");
            if (ruleId.isPresent() && !KibanaExport.isDeprecated(context)) {
                compare(context, ruleId.get(), lock).ifPresent(findings::add);
            }
        }
        return findings;
    }

    private Optional<Finding> compare(RuleContext context, String ruleId, VersionLock lock) {
        Optional<LockEntry> entry = lock.entry(ruleId);
        if (entry.isEmpty()) {
            return Optional.of(finding(context.rule(), RULE_ID, "rule " + ruleId + " has no entry in the version"
                    + " lock etc/version.lock.json: run mvn detection:lock-versions and commit the lock"));
        }
        String sha256 = RuleHash.of(format.of(context));
        if (!sha256.equals(entry.get().sha256())) {
            return Optional.of(finding(context.rule(), RULE_ID, "the rule's content changed since its lock entry"
                    + " (version " + entry.get().version() + "): run mvn detection:lock-versions to bump it to "
                    + (entry.get().version() + 1) + ", move metadata.updated_date, and commit both"));
        }
        return Optional.empty();
    }
}
