package dev.rulesmith.validator.attack;

/** An ATT&CK tactic; {@code shortname} is the kill-chain phase name techniques refer to. */
public record Tactic(String id, String name, String shortname, String url) {
}
