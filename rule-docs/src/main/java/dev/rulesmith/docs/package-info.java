/**
 * The rules' documentation site. {@link dev.rulesmith.docs.DocsSite#write} turns a
 * {@link dev.rulesmith.docs.DocsRequest} (rules, fixtures, optional test-results JSON and repository address) into static files: a page per rule with its
 * metadata, ATT&amp;CK mapping, numbered and highlighted TOML, guide, references, related rules and test evidence;
 * the same as Markdown; an index with client-side search and filters; and an ATT&amp;CK coverage matrix. Pages are
 * rendered by Mustache templates that escape every value; rule Markdown is rendered with raw HTML off and only safe
 * link targets. Output is deterministic: the same input gives the same bytes.
 */
package dev.rulesmith.docs;
