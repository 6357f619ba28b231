package dev.rulesmith.validator.check;

import dev.rulesmith.validator.checks.DateOrder;
import dev.rulesmith.validator.checks.QuerySyntax;
import dev.rulesmith.validator.checks.QueryUnknownField;
import dev.rulesmith.validator.checks.RiskScoreBand;
import dev.rulesmith.validator.checks.RuleSchema;
import dev.rulesmith.validator.checks.TomlSyntax;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The registry of every check. A meta-test asserts that each check class is listed here exactly once. */
public final class Checks {

    private static final List<Check> ALL = List.of(
            new TomlSyntax(),
            new QuerySyntax(),
            new QueryUnknownField(),
            new RuleSchema(),
            new RiskScoreBand(),
            new DateOrder());

    private static final Map<String, Check> BY_ID = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(Check::id, Function.identity()));

    private Checks() {
    }

    public static List<Check> all() {
        return ALL;
    }

    public static Optional<Check> byId(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }
}
