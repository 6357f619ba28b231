package dev.rulesmith.authoring.scaffold;

import dev.rulesmith.validator.attack.AttackCatalog;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/** A scaffold with a fixed clock and rule id, and the requests the tests scaffold. */
final class Scaffolds {

    static final UUID RULE_ID = UUID.fromString("0b7a1c5e-3f2d-4e6a-9c8b-1d2e3f4a5b6c");

    private Scaffolds() {
    }

    static RuleScaffold fixed() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-29T16:45:00Z"), ZoneOffset.UTC);
        return new RuleScaffold(AttackCatalog.bundled(), clock, () -> RULE_ID);
    }

    /** The example, made consistent: T1562.007 is a Defense Evasion technique. */
    static ScaffoldRequest aws(RuleType type) {
        return new ScaffoldRequest("AWS Security Group Opened to the Internet", type, "TA0005",
                Optional.of("T1562.007"), "aws");
    }

    /** An integration the scaffold has no profile for, mapped to a technique without sub-techniques. */
    static ScaffoldRequest okta() {
        return new ScaffoldRequest("Okta User \"Session\" Hijacked", RuleType.QUERY, "Credential Access",
                Optional.of("T1539"), "okta");
    }
}
