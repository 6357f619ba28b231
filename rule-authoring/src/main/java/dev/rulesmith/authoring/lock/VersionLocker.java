package dev.rulesmith.authoring.lock;

import dev.rulesmith.authoring.export.ApiFormat;
import dev.rulesmith.authoring.export.KibanaExport;
import dev.rulesmith.authoring.export.RuleHash;
import dev.rulesmith.authoring.export.SemVer;
import dev.rulesmith.validator.check.RuleContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Brings a version lock up to date with the rules, as detection-rules' {@code manage_versions}: a rule the lock does
 * not know gets version 1, a rule whose content hash changed gets its version plus one and the new hash, and a
 * rule whose name or type alone changed gets its entry rewritten without a bump. Deprecated rules and entries of
 * rules no longer in the repository are left as they are.
 */
public final class VersionLocker {

    private final ApiFormat format;

    public VersionLocker(ApiFormat format) {
        this.format = format;
    }

    /** The updated lock and the bumps, sorted by rule name. */
    public record Update(VersionLock lock, List<Bump> bumps, boolean changed) {
    }

    public Update update(VersionLock lock, List<RuleContext> rules) {
        Map<String, LockEntry> entries = new TreeMap<>(lock.entries());
        List<Bump> bumps = new ArrayList<>();
        for (RuleContext context : rules) {
            Optional<String> ruleId = context.rule().string("rule.rule_id");
            if (ruleId.isEmpty() || KibanaExport.isDeprecated(context)) {
                continue;
            }
            LockEntry fresh = entry(context, lock.entry(ruleId.get()));
            Optional<LockEntry> old = lock.entry(ruleId.get());
            if (old.map(o -> o.version() != fresh.version()).orElse(true)) {
                bumps.add(new Bump(ruleId.get(), fresh.ruleName(), old.map(LockEntry::version), fresh.version()));
            }
            entries.put(ruleId.get(), fresh);
        }
        bumps.sort(Comparator.comparing(Bump::ruleName).thenComparing(Bump::ruleId));
        return new Update(new VersionLock(entries), List.copyOf(bumps), !entries.equals(lock.entries()));
    }

    /** The rule's entry: the old version when the hash is the same, one more when it changed, 1 when new. */
    private LockEntry entry(RuleContext context, Optional<LockEntry> old) {
        String sha256 = RuleHash.of(format.of(context));
        int version = old.map(o -> o.sha256().equals(sha256) ? o.version() : o.version() + 1).orElse(1);
        Optional<String> minStack = context.rule().string("metadata.min_stack_version")
                .map(v -> SemVer.parse(v).majorMinor());
        return new LockEntry(context.rule().string("rule.name").orElse(""), sha256,
                context.rule().string("rule.type").orElse(""), version, minStack,
                old.flatMap(LockEntry::previous));
    }
}
