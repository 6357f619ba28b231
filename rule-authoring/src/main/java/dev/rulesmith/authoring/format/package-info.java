/**
 * The canonical TOML layout of rule files ({@code detection:format}, {@code detection:format-check}): the layout
 * elastic/detection-rules' toml-lint writes, with comments kept and values never changed.
 * {@link dev.rulesmith.authoring.format.TomlFormatter} formats one text, {@link dev.rulesmith.authoring.format.FormatCheck}
 * a set of files.
 */
package dev.rulesmith.authoring.format;
