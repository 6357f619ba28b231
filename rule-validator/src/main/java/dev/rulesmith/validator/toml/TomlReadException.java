package dev.rulesmith.validator.toml;

/** A TOML document that {@link TomlReader} does not accept, with the 1-based line and column where reading stopped. */
public final class TomlReadException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String reason;
    private final int line;
    private final int column;

    public TomlReadException(String reason, int line, int column) {
        super(line + ":" + column + ": " + reason);
        this.reason = reason;
        this.line = line;
        this.column = column;
    }

    public String reason() {
        return reason;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
