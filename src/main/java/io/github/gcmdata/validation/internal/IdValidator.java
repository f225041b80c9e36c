package io.github.gcmdata.validation.internal;

import io.github.gcmdata.constraints.WellFormedId;
import io.github.gcmdata.validation.ViolationCode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import java.util.regex.Pattern;

/** Validates {@link WellFormedId}. */
public final class IdValidator implements ConstraintValidator<WellFormedId, String> {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9._:-]*[A-Za-z0-9])?");
    private static final int MAX_LENGTH = 128;

    /** Creates the validator. */
    public IdValidator() {
    }

    @Override
    public boolean isValid(String id, ConstraintValidatorContext context) {
        return Finding.reportAll(context, findings(id));
    }

    static List<Finding> findings(String id) {
        if (id == null) {
            return List.of();
        }
        if (id.isBlank()) {
            return List.of(Finding.of(ViolationCode.ID_BLANK, TextValidator.quoted(id)));
        }
        if (id.length() > MAX_LENGTH || !ID.matcher(id).matches()) {
            return List.of(Finding.of(ViolationCode.ID_INVALID, id));
        }
        return List.of();
    }
}
