package dev.rulesmith.authoring.lock;

import java.util.Optional;

/**
 * One rule's entry in {@code version.lock.json}, in detection-rules' format: {@code rule_name}, {@code sha256} (the
 * content hash), {@code type}, {@code version}, and {@code min_stack_version} when the rule declares one. An entry's
 * {@code previous} versions (detection-rules' forks per stack version) are kept as read.
 */
public record LockEntry(String ruleName, String sha256, String type, int version, Optional<String> minStackVersion,
                        Optional<Object> previous) {
}
