package dev.rulesmith.validator.checks;

import dev.rulesmith.validator.check.RuleCheck;
import dev.rulesmith.validator.check.RuleContext;
import dev.rulesmith.validator.esql.EsqlCommand;
import dev.rulesmith.validator.esql.EsqlToken;
import dev.rulesmith.validator.finding.Finding;
import dev.rulesmith.validator.finding.Severity;
import dev.rulesmith.validator.model.KeyPath;
import dev.rulesmith.validator.model.RuleFile;
import dev.rulesmith.validator.query.QueryText;
import dev.rulesmith.validator.query.RuleQuery;
import dev.rulesmith.validator.text.Glob;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The structure detection-rules requires of ES|QL rules, checked on the query's tokens (comments and quoted text
 * skipped): no {@code index} (the query's source command names the indices); a {@code KEEP} command; and in a query
 * that does not aggregate (no {@code STATS}), a source command reading {@code METADATA _id, _version, _index} and
 * every {@code KEEP} keeping those three fields, which Kibana needs to build and deduplicate alerts.
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
        Optional<QueryText> text = queryText(context.query());
        if (text.isPresent()) {
            findings.addAll(query(rule, text.get()));
        }
        return findings;
    }

    private List<Finding> query(RuleFile rule, QueryText text) {
        List<EsqlCommand> commands = EsqlCommand.parse(text.text());
        if (commands.isEmpty()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        List<EsqlCommand> keeps = commands.stream().filter(c -> c.is("keep")).toList();
        if (keeps.isEmpty()) {
            findings.add(at(rule, text, commands.get(0).name(), "the query has no KEEP command; detection-rules"
                    + " requires ES|QL rules to name the fields their alerts carry with `| KEEP ...`"));
        }
        if (commands.stream().anyMatch(c -> c.is("stats"))) {
            return findings;
        }
        source(rule, text, commands.get(0)).ifPresent(findings::add);
        for (EsqlCommand keep : keeps) {
            List<String> dropped = METADATA.stream().filter(field -> keep.names(0).stream()
                    .noneMatch(pattern -> Glob.matches(pattern.text(), field))).toList();
            if (!dropped.isEmpty()) {
                findings.add(at(rule, text, keep.name(), "KEEP drops " + String.join(", ", dropped) + ": a query"
                        + " without STATS must keep _id, _version and _index for Kibana to build its alerts"));
            }
        }
        return findings;
    }

    /** A non-aggregating query's source command must read the metadata fields. */
    private Optional<Finding> source(RuleFile rule, QueryText text, EsqlCommand source) {
        if (!source.is("from") && !source.is("ts")) {
            return Optional.of(at(rule, text, source.name(), "a query without STATS must read its events with"
                    + " `FROM ... METADATA _id, _version, _index`, not " + source.name().text()));
        }
        int metadata = source.indexOfKeyword("metadata");
        List<String> present = metadata < 0 ? List.of()
                : source.names(metadata + 1).stream().map(EsqlToken::text).toList();
        List<String> missing = METADATA.stream().filter(field -> !present.contains(field)).toList();
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(at(rule, text, source.name(), "a query without STATS must read `METADATA _id, _version,"
                + " _index` in its " + source.name().text() + " command (missing " + String.join(", ", missing)
                + "); add them, or aggregate with STATS"));
    }

    private Finding at(RuleFile rule, QueryText text, EsqlToken token, String message) {
        return finding(rule, text.toSource(token.line(), token.column()), message);
    }

    private static boolean isEsql(RuleFile rule) {
        return rule.string("rule.language").map("esql"::equals)
                .orElse(rule.string("rule.type").map("esql"::equals).orElse(false));
    }

    private static Optional<QueryText> queryText(RuleQuery query) {
        if (query instanceof RuleQuery.Unparsed unparsed) {
            return Optional.of(unparsed.text());
        }
        if (query instanceof RuleQuery.Invalid invalid) {
            return Optional.of(invalid.text());
        }
        return Optional.empty();
    }
}
