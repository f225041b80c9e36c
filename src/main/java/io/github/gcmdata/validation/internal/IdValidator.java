package io.github.gcmdata.validation.internal;

import io.github.gcmdata.constraints.WellFormedId;
import io.github.gcmdata.validation.ViolationCode;
import java.util.List;

/** Validates {@link WellFormedId}. */
public final class IdValidator extends FindingValidator<WellFormedId, String> {

    private static final int MAX_LENGTH = 128;

    /** Creates the validator. */
    public IdValidator() {
    }

    @Override
    List<Finding> findings(String id) {
        if (id.isBlank()) {
            return List.of(Finding.of(ViolationCode.ID_BLANK, TextValidator.quoted(id)));
        }
        if (id.length() > MAX_LENGTH || !isWellFormed(id)) {
            return List.of(Finding.of(ViolationCode.ID_INVALID, id));
        }
        return List.of();
    }

    /**
     * Letters and digits of ASCII, with {@code . _ : -} between them: what
     * {@code [A-Za-z0-9](?:[A-Za-z0-9._:-]*[A-Za-z0-9])?} matches, without a regular expression's
     * matcher for each identifier of a dataset.
     */
    private static boolean isWellFormed(String id) {
        int last = id.length() - 1;
        if (last < 0 || !isLetterOrDigit(id.charAt(0)) || !isLetterOrDigit(id.charAt(last))) {
            return false;
        }
        for (int i = 1; i < last; i++) {
            char c = id.charAt(i);
            if (!isLetterOrDigit(c) && c != '.' && c != '_' && c != ':' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
}
