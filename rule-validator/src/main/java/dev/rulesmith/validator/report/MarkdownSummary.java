package dev.rulesmith.validator.report;

import dev.rulesmith.validator.engine.ValidationResult;
import dev.rulesmith.validator.finding.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Findings as a Markdown section for a CI job summary (GitHub's {@code $GITHUB_STEP_SUMMARY}, GitLab's Markdown
 * reports): the summary line and a table of the findings, table cells escaped.
 */
public final class MarkdownSummary {

    private static final int MAX_ROWS = 200;

    private MarkdownSummary() {
    }

    public static String render(ValidationResult result, String pathPrefix) {
        StringBuilder out = new StringBuilder("## Rule validation\n\n").append(result.summary()).append("\n");
        List<Finding> findings = result.findings();
        if (findings.isEmpty()) {
            return out.append("\nNo findings.\n").toString();
        }
        out.append("\n| Severity | Location | Finding | Check |\n|---|---|---|---|\n");
        for (Finding f : findings.subList(0, Math.min(MAX_ROWS, findings.size()))) {
            out.append("| ").append(f.severity()).append(" | `").append(cell(pathPrefix + f.path())).append(':')
                    .append(f.position().line()).append("` | ").append(cell(f.message())).append(" | `")
                    .append(f.checkId()).append("` |\n");
        }
        if (findings.size() > MAX_ROWS) {
            out.append("\n").append(findings.size() - MAX_ROWS).append(" more findings: see the SARIF report.\n");
        }
        return out.toString();
    }

    /** Escapes what would break a Markdown table cell or inject markup. */
    public static String cell(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")
                .replace("`", "'").replace("\r", " ").replace("\n", " ");
    }

    public static void write(Path file, ValidationResult result, String pathPrefix) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, render(result, pathPrefix), StandardCharsets.UTF_8);
    }
}
