package io.github.gcmdata.validation.internal;

import io.github.gcmdata.constraints.NonBlankText;
import io.github.gcmdata.validation.ViolationCode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;

/** Validates {@link NonBlankText} on a {@link String}. */
public final class TextValidator implements ConstraintValidator<NonBlankText, String> {

    /** Creates the validator. */
    public TextValidator() {
    }

    @Override
    public boolean isValid(String text, ConstraintValidatorContext context) {
        return Finding.reportAll(context, findings(text));
    }

    static List<Finding> findings(String text) {
        return text == null || !text.isBlank() ? List.of() : List.of(Finding.of(ViolationCode.TEXT_BLANK, quoted(text)));
    }

    static String quoted(String text) {
        return "\"" + text + "\"";
    }
}
