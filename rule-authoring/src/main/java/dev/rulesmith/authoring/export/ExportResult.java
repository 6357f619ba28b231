package dev.rulesmith.authoring.export;

import java.nio.file.Path;

/** What an export wrote: the NDJSON of rules and the list of deprecated rules, and how many of each. */
public record ExportResult(Path rules, Path deprecated, int ruleCount, int deprecatedCount) {
}
