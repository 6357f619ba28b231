/**
 * A tokeniser for ES|QL queries: enough structure (commands split at pipes, comments and quoted text skipped) for
 * the structural checks detection-rules applies to ES|QL rules, without a full grammar.
 */
package dev.rulesmith.validator.esql;
