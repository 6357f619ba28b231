package dev.rulesmith.authoring.scaffold;

/**
 * One file the scaffold writes: its path relative to the rules (or fixtures) directory, with '/' separators, and its
 * text.
 */
public record ScaffoldFile(String path, String content) {
}
