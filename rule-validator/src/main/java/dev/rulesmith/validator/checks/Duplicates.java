package dev.rulesmith.validator.checks;

import dev.rulesmith.validator.check.RuleContext;
import dev.rulesmith.validator.model.RuleFile;
import dev.rulesmith.validator.model.SourcePosition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;

/** Groups rules by a key and reports every member of a group of two or more, each with the others' file:line. */
final class Duplicates {

    /** One rule's key and where it is written. */
    record Keyed(RuleFile rule, String key, SourcePosition position) {

        String place() {
            return rule.path() + ":" + position.line();
        }
    }

    private Duplicates() {
    }

    /** The keys of the rules {@code which} selects, for those that have one. */
    static List<Keyed> keyed(List<RuleContext> rules, Predicate<RuleFile> which,
                             Function<RuleFile, Optional<Keyed>> key) {
        return rules.stream().map(RuleContext::rule).filter(which).map(key).flatMap(Optional::stream).toList();
    }

    /** Calls {@code report} for each rule whose key another rule shares, with those other rules. */
    static void report(List<Keyed> rules, BiConsumer<Keyed, List<Keyed>> report) {
        Map<String, List<Keyed>> groups = new LinkedHashMap<>();
        for (Keyed keyed : rules) {
            groups.computeIfAbsent(keyed.key(), k -> new ArrayList<>()).add(keyed);
        }
        for (List<Keyed> group : groups.values()) {
            for (Keyed keyed : group) {
                List<Keyed> others = group.stream().filter(o -> o != keyed).toList();
                if (!others.isEmpty()) {
                    report.accept(keyed, others);
                }
            }
        }
    }

    /** {@code a.toml:12, b.toml:3}. */
    static String places(List<Keyed> others) {
        return String.join(", ", others.stream().map(Keyed::place).toList());
    }
}
