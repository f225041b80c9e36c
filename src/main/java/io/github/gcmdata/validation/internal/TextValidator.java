package io.github.gcmdata.validation.internal;

import io.github.gcmdata.constraints.NonBlankText;
import io.github.gcmdata.validation.ViolationCode;
import java.util.List;

/** Validates {@link NonBlankText} on a {@link String}. */
public final class TextValidator extends FindingValidator<NonBlankText, String> {

    /** Creates the validator. */
    public TextValidator() {
    }

    @Override
    List<Finding> findings(String text) {
        return !text.isBlank() ? List.of() : List.of(Finding.of(ViolationCode.TEXT_BLANK, quoted(text)));
    }

    static String quoted(String text) {
        return "\"" + text + "\"";
    }
}
