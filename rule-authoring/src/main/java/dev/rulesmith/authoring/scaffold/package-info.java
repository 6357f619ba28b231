/**
 * The new-rule scaffold: {@link dev.rulesmith.authoring.scaffold.RuleScaffold} turns a
 * {@link dev.rulesmith.authoring.scaffold.ScaffoldRequest} (name, type, tactic, technique, integration) into a rule
 * file at detection-rules' conventional path and a fixture file beside it, with {@code <<placeholders>>} that the
 * validator's placeholder-text check reports until they are filled.
 */
package dev.rulesmith.authoring.scaffold;
