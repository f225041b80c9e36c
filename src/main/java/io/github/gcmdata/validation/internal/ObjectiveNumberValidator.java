package io.github.gcmdata.validation.internal;

import io.github.gcmdata.constraints.ObjectiveNumber;
import io.github.gcmdata.validation.ViolationCode;
import java.util.List;

/** Validates {@link ObjectiveNumber}. */
public final class ObjectiveNumberValidator extends FindingValidator<ObjectiveNumber, Integer> {

    /** The number of the first GCM objective. */
    static final int FIRST = 1;
    /** The number of the last GCM objective. */
    static final int LAST = 23;

    /** Creates the validator. */
    public ObjectiveNumberValidator() {
    }

    @Override
    List<Finding> findings(Integer number) {
        if ((number >= FIRST && number <= LAST)) {
            return List.of();
        }
        return List.of(Finding.of(ViolationCode.OBJECTIVE_OUT_OF_RANGE, number, "min", FIRST, "max", LAST));
    }
}
