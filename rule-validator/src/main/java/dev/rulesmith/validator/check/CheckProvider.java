package dev.rulesmith.validator.check;

import java.util.List;

/**
 * Checks that live outside this module (for example rule-authoring's {@code version-lock}), found with
 * {@link java.util.ServiceLoader} from {@code META-INF/services/dev.rulesmith.validator.check.CheckProvider} and
 * registered in {@link Checks} after the built-in checks: they are configured (severity, {@code off}) and reported
 * like any other check. A provided check's id must not clash with another check's.
 */
public interface CheckProvider {

    /** The checks this module provides, in a stable order. */
    List<Check> checks();
}
