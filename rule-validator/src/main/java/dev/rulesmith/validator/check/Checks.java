package dev.rulesmith.validator.check;

import dev.rulesmith.validator.checks.AttackFramework;
import dev.rulesmith.validator.checks.AttackRevoked;
import dev.rulesmith.validator.checks.AttackSubtechniqueId;
import dev.rulesmith.validator.checks.AttackSubtechniqueName;
import dev.rulesmith.validator.checks.AttackSubtechniqueParent;
import dev.rulesmith.validator.checks.AttackSubtechniqueReference;
import dev.rulesmith.validator.checks.AttackTacticDuplicate;
import dev.rulesmith.validator.checks.AttackTacticId;
import dev.rulesmith.validator.checks.AttackTacticName;
import dev.rulesmith.validator.checks.AttackTacticReference;
import dev.rulesmith.validator.checks.AttackTechniqueId;
import dev.rulesmith.validator.checks.AttackTechniqueName;
import dev.rulesmith.validator.checks.AttackTechniqueReference;
import dev.rulesmith.validator.checks.AttackTechniqueTactic;
import dev.rulesmith.validator.checks.AttackV19Migration;
import dev.rulesmith.validator.checks.BuildingBlockFolder;
import dev.rulesmith.validator.checks.BuildingBlockTiming;
import dev.rulesmith.validator.checks.DateOrder;
import dev.rulesmith.validator.checks.DeprecatedFolder;
import dev.rulesmith.validator.checks.DeprecationDate;
import dev.rulesmith.validator.checks.EqlFieldType;
import dev.rulesmith.validator.checks.EsqlFieldType;
import dev.rulesmith.validator.checks.EsqlStructure;
import dev.rulesmith.validator.checks.EsqlUnknownColumn;
import dev.rulesmith.validator.checks.EqlMaxspanInterval;
import dev.rulesmith.validator.checks.EqlMaxspanLookback;
import dev.rulesmith.validator.checks.FileNamePattern;
import dev.rulesmith.validator.checks.FileNameTactic;
import dev.rulesmith.validator.checks.InvestigationGuide;
import dev.rulesmith.validator.checks.License;
import dev.rulesmith.validator.checks.LicenseElastic;
import dev.rulesmith.validator.checks.MaxSignals;
import dev.rulesmith.validator.checks.MaxSignalsSetup;
import dev.rulesmith.validator.checks.MinStackComments;
import dev.rulesmith.validator.checks.MinStackFloor;
import dev.rulesmith.validator.checks.NoteSetup;
import dev.rulesmith.validator.checks.QueryFieldType;
import dev.rulesmith.validator.checks.QuerySyntax;
import dev.rulesmith.validator.checks.QueryUnknownField;
import dev.rulesmith.validator.checks.RiskScoreBand;
import dev.rulesmith.validator.checks.RuleSchema;
import dev.rulesmith.validator.checks.TacticTagPrimary;
import dev.rulesmith.validator.checks.TacticTagSecondary;
import dev.rulesmith.validator.checks.TacticTagUnmapped;
import dev.rulesmith.validator.checks.TagCasing;
import dev.rulesmith.validator.checks.TagDuplicate;
import dev.rulesmith.validator.checks.TagPrefix;
import dev.rulesmith.validator.checks.TagsForIndex;
import dev.rulesmith.validator.checks.TagsForOsFolder;
import dev.rulesmith.validator.checks.TagsForRuleType;
import dev.rulesmith.validator.checks.TimestampOverride;
import dev.rulesmith.validator.checks.TomlSyntax;
import dev.rulesmith.validator.checks.TransformPlaceholderRange;
import dev.rulesmith.validator.checks.TransformPlaceholders;
import dev.rulesmith.validator.checks.UniqueFileName;
import dev.rulesmith.validator.checks.UniqueRuleId;
import dev.rulesmith.validator.checks.UniqueRuleName;
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
            new QueryFieldType(),
            new EqlFieldType(),
            new EsqlStructure(),
            new EsqlUnknownColumn(),
            new EsqlFieldType(),
            new RuleSchema(),
            new RiskScoreBand(),
            new DateOrder(),
            new AttackFramework(),
            new AttackTacticId(),
            new AttackTacticName(),
            new AttackTacticReference(),
            new AttackTacticDuplicate(),
            new AttackTechniqueId(),
            new AttackTechniqueName(),
            new AttackTechniqueReference(),
            new AttackTechniqueTactic(),
            new AttackSubtechniqueId(),
            new AttackSubtechniqueName(),
            new AttackSubtechniqueReference(),
            new AttackSubtechniqueParent(),
            new AttackRevoked(),
            new AttackV19Migration(),
            new UniqueRuleId(),
            new UniqueRuleName(),
            new UniqueFileName(),
            new FileNamePattern(),
            new FileNameTactic(),
            new DeprecatedFolder(),
            new DeprecationDate(),
            new TagDuplicate(),
            new TagPrefix(),
            new TagCasing(),
            new TacticTagPrimary(),
            new TacticTagUnmapped(),
            new TacticTagSecondary(),
            new TagsForIndex(),
            new TagsForOsFolder(),
            new TagsForRuleType(),
            new BuildingBlockFolder(),
            new BuildingBlockTiming(),
            new TimestampOverride(),
            new EqlMaxspanLookback(),
            new EqlMaxspanInterval(),
            new MaxSignals(),
            new MaxSignalsSetup(),
            new License(),
            new LicenseElastic(),
            new NoteSetup(),
            new TransformPlaceholders(),
            new TransformPlaceholderRange(),
            new InvestigationGuide(),
            new MinStackComments(),
            new MinStackFloor());

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
