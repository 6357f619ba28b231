package dev.rulesmith.validator.kql;

import dev.rulesmith.validator.query.QuerySyntaxException;

/**
 * Elasticsearch's rejections that need the field mapping: {@code field:{ … }} on a field that is not nested, and a
 * term without a field inside a nested block (Elasticsearch's grammar still admits one right after NOT).
 */
final class KqlMappingRules {

    private final KqlMapping mapping;

    KqlMappingRules(KqlMapping mapping) {
        this.mapping = mapping;
    }

    void check(KqlNode node, String nestedPath) {
        if (node instanceof KqlNode.And and) {
            and.clauses().forEach(clause -> check(clause, nestedPath));
        } else if (node instanceof KqlNode.Or or) {
            or.clauses().forEach(clause -> check(clause, nestedPath));
        } else if (node instanceof KqlNode.Not not && !isFreeText(not.clause())) {
            check(not.clause(), nestedPath);
        } else if (node instanceof KqlNode.Nested nested) {
            checkNested(nested, nestedPath);
        } else if (nestedPath != null && isFreeText(node)) {
            throw error(node.span(), "a query inside the nested field '" + nestedPath
                    + "' must name a field: free text is not allowed there");
        }
    }

    private void checkNested(KqlNode.Nested nested, String nestedPath) {
        String path = nestedPath == null ? nested.path().name() : nestedPath + "." + nested.path().name();
        if (!mapping.isNested(path)) {
            throw error(nested.path().span(), "'" + path + "' is not a nested field: field:{ query } needs a field "
                    + "mapped as nested; write " + nested.path().name() + ".subfield:value for an object field");
        }
        check(nested.query(), path);
    }

    private static boolean isFreeText(KqlNode node) {
        return node instanceof KqlNode.Match match && match.field().isEmpty();
    }

    private static QuerySyntaxException error(Span span, String reason) {
        return new QuerySyntaxException(span.line(), span.column(), reason);
    }
}
