package dev.rulesmith.docs;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link DocsSite#write} produced.
 *
 * @param index     the site's entry page
 * @param rulePages how many rule pages were written
 * @param skipped   rule files left out because they are not valid TOML (the validator reports them)
 */
public record DocsResult(Path index, int rulePages, List<String> skipped) {

    public DocsResult {
        skipped = List.copyOf(skipped);
    }
}
