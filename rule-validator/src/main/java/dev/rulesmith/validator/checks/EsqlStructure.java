package dev.rulesmith.validator.checks;

import dev.rulesmith.validator.check.RuleCheck;
import dev.rulesmith.validator.check.RuleContext;
import dev.rulesmith.validator.esql.EsqlCommand;
import dev.rulesmith.validator.esql.EsqlExpr;
import dev.rulesmith.validator.esql.EsqlPosition;
import dev.rulesmith.validator.esql.EsqlQuery;
import dev.rulesmith.validator.finding.Finding;
import dev.rulesmith.validator.finding.Severity;
import dev.rulesmith.validator.model.KeyPath;
import dev.rulesmith.validator.model.RuleFile;
import dev.rulesmith.validator.query.QueryText;
import dev.rulesmith.validator.query.RuleQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The structure detection-rules requires of ES|QL rules, checked on the parsed query: no {@code index} (the query's
 * source command names the indices); a {@code KEEP} command; and in a query that does not aggregate (no
 * {@code STATS}; {@code INLINE STATS} keeps the rows), a source command reading {@code METADATA _id, _version,
 * _index} and every {@code KEEP} keeping those three fields, which Kibana needs to build and deduplicate alerts.
 */
public final class EsqlStructure implements RuleCheck {

    private static final List<String> METADATA = List.of("_id", "_version", "_index");
    private static final KeyPath INDEX = KeyPath.parse("rule.index");

    @Override
    public String id() {
        return "esql-structure";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "ES|QL rules have no index, a KEEP, and keep _id, _version and _index unless they aggregate.";
    }

    @Override
    public List<Finding> check(RuleContext context) {
        RuleFile rule = context.rule();
        if (!isEsql(rule)) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        if (rule.value(INDEX).isPresent()) {
            findings.add(finding(rule, INDEX, "ES|QL rules take their indices from the query's FROM command; remove"
                    + " `index` (detection-rules rejects it)"));
        }
        if (context.query() instanceof RuleQuery.Esql esql) {
            findings.addAll(query(rule, esql.text(), esql.ast()));
        }
        return findings;
    }

    private List<Finding> query(RuleFile rule, QueryText text, EsqlQuery query) {
        List<EsqlCommand> commands = query.commands();
        List<Finding> findings = new ArrayList<>();
        List<EsqlCommand.Keep> keeps = commands.stream().filter(EsqlCommand.Keep.class::isInstance)
                .map(EsqlCommand.Keep.class::cast).toList();
        if (keeps.isEmpty()) {
            findings.add(at(rule, text, commands.get(0).position(), "the query has no KEEP command; detection-rules"
                    + " requires ES|QL rules to name the fields their alerts carry with `| KEEP ...`"));
        }
        if (query.aggregates()) {
            return findings;
        }
        source(rule, text, commands.get(0)).ifPresent(findings::add);
        for (EsqlCommand.Keep keep : keeps) {
            List<String> dropped = METADATA.stream().filter(field -> keep.patterns().stream()
                    .noneMatch(pattern -> pattern.matches(field))).toList();
            if (!dropped.isEmpty()) {
                findings.add(at(rule, text, keep.position(), "KEEP drops " + String.join(", ", dropped) + ": a query"
                        + " without STATS must keep _id, _version and _index for Kibana to build its alerts"));
            }
        }
        return findings;
    }

    /** A non-aggregating query's source command must read the metadata fields. */
    private Optional<Finding> source(RuleFile rule, QueryText text, EsqlCommand source) {
        if (!(source instanceof EsqlCommand.From from)) {
            String name = source instanceof EsqlCommand.Unsupported unsupported ? unsupported.name() : "ROW";
            return Optional.of(at(rule, text, source.position(), "a query without STATS must read its events with"
                    + " `FROM ... METADATA _id, _version, _index`, not " + name));
        }
        List<String> present = from.metadata().stream().map(EsqlExpr.Field::name).toList();
        List<String> missing = METADATA.stream().filter(field -> !present.contains(field)).toList();
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(at(rule, text, source.position(), "a query without STATS must read `METADATA _id,"
                + " _version, _index` in its FROM command (missing " + String.join(", ", missing)
                + "); add them, or aggregate with STATS"));
    }

    private Finding at(RuleFile rule, QueryText text, EsqlPosition position, String message) {
        return finding(rule, text.toSource(position.line(), position.column()), message);
    }

    private static boolean isEsql(RuleFile rule) {
        return rule.string("rule.language").map("esql"::equals)
                .orElse(rule.string("rule.type").map("esql"::equals).orElse(false));
    }

}
