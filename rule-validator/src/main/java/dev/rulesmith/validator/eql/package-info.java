/**
 * Elasticsearch EQL (8.x/9.x): the ANTLR grammar {@code EqlBase.g4}, the facade {@link dev.rulesmith.validator.eql.Eql}
 * and an immutable tree ({@link dev.rulesmith.validator.eql.EqlQuery}, {@link dev.rulesmith.validator.eql.EqlExpr}).
 *
 * <p>The parser accepts what Elasticsearch accepts and rejects, with a positioned message naming the feature, what
 * it rejects: {@code join}, process lineage ({@code descendant of}), pipes other than {@code head}/{@code tail},
 * functions of the original EQL ({@code arrayContains}, {@code match}, {@code wildcard}, ...), array indexes,
 * single-quoted and {@code ?"..."} strings, comparisons between two fields and expressions as join keys.
 *
 * <p>The tree is meant for evaluation: operators carry their case sensitivity ({@code ==} sensitive, {@code :}
 * insensitive, {@code ~} variants), pattern strings are kept as written, unary minus is folded into numeric
 * literals, {@code and}/{@code or} chains are flattened, and every node has a {@link dev.rulesmith.validator.eql.Span}
 * (1-based line and column). {@link dev.rulesmith.validator.eql.EqlQuery#fields()} lists the field references.
 */
package dev.rulesmith.validator.eql;
