package dev.rulesmith.validator.finding;

import java.util.Locale;

/** How serious a finding is; the order is from most to least serious. */
public enum Severity {
    ERROR("error"),
    WARNING("warning"),
    NOTE("note");

    private final String sarifLevel;

    Severity(String sarifLevel) {
        this.sarifLevel = sarifLevel;
    }

    /** The SARIF 2.1.0 {@code level} of this severity. */
    public String sarifLevel() {
        return sarifLevel;
    }

    /** True when this severity is at least as serious as {@code threshold}. */
    public boolean atLeast(Severity threshold) {
        return compareTo(threshold) <= 0;
    }

    /** Parses {@code error}, {@code warning} or {@code note}, case-insensitively. */
    public static Severity parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown severity '" + text + "' (expected error, warning or note)", e);
        }
    }
}
