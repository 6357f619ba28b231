package dev.rulesmith.validator.query;

import dev.rulesmith.validator.eql.EqlQuery;
import dev.rulesmith.validator.esql.EsqlQuery;
import dev.rulesmith.validator.kql.KqlNode;

/** A rule's query, parsed once per rule and shared by every check and by the harness. */
public sealed interface RuleQuery {

    /** The rule has no query (machine_learning rules). */
    record None() implements RuleQuery {
    }

    /** A KQL ({@code kuery}) query and its tree. */
    record Kql(QueryText text, KqlNode ast) implements RuleQuery {
    }

    /** An EQL query and its tree. */
    record Eql(QueryText text, EqlQuery ast) implements RuleQuery {
    }

    /** An ES|QL query and its tree. */
    record Esql(QueryText text, EsqlQuery ast) implements RuleQuery {
    }

    /** A query in a language Rulesmith does not parse yet; reported, never silently passed. */
    record Unparsed(QueryText text, String language) implements RuleQuery {
    }

    /** A query that does not parse. */
    record Invalid(QueryText text, String language, QuerySyntaxException error) implements RuleQuery {
    }
}
