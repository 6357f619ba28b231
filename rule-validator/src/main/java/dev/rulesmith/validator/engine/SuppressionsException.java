package dev.rulesmith.validator.engine;

import java.util.List;

/**
 * A repository configuration file that cannot be used: every problem found in it, each as
 * {@code path:line:col: message}.
 */
public final class SuppressionsException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final List<String> errors;

    public SuppressionsException(List<String> errors) {
        super(String.join("\n", errors));
        this.errors = List.copyOf(errors);
    }

    public List<String> errors() {
        return errors;
    }
}
