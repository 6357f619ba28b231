package dev.rulesmith.authoring.lock;

import dev.rulesmith.validator.check.Check;
import dev.rulesmith.validator.check.CheckProvider;
import java.util.List;

/** The checks of the version lock and of updated_date, registered with the validator through {@code META-INF/services}. */
public final class LockChecks implements CheckProvider {

    @Override
    public List<Check> checks() {
        return List.of(new VersionLockCheck(), new UpdatedDateCheck());
    }
}
