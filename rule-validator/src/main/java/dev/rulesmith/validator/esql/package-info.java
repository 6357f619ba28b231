/**
 * ES|QL: the ANTLR grammars {@code EsqlBaseLexer.g4} and {@code EsqlBaseParser.g4}, the facade
 * {@link dev.rulesmith.validator.esql.Esql} and an immutable tree ({@link dev.rulesmith.validator.esql.EsqlQuery},
 * {@link dev.rulesmith.validator.esql.EsqlCommand}, {@link dev.rulesmith.validator.esql.EsqlExpr}).
 *
 * <p>Modelled: {@code FROM ... METADATA}, {@code WHERE}, {@code EVAL}, {@code STATS ... BY} and {@code INLINE STATS},
 * {@code KEEP}, {@code DROP}, {@code RENAME}, {@code SORT}, {@code LIMIT}, {@code MV_EXPAND}, {@code DISSECT} and
 * {@code GROK}. Other commands Elasticsearch knows ({@code ENRICH}, {@code LOOKUP JOIN}, {@code COMPLETION},
 * {@code SHOW}, ...) are kept as {@link dev.rulesmith.validator.esql.EsqlCommand.Unsupported} with their text.
 * Commands carry their 1-based line and column, expressions their span in the query text
 * ({@link dev.rulesmith.validator.esql.EsqlSpan}); {@link dev.rulesmith.validator.esql.EsqlWalk} walks the tree without
 * recursion.
 */
package dev.rulesmith.validator.esql;
