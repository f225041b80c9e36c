package io.github.gcmdata.validation.internal;

import io.github.gcmdata.constraints.NonBlankText;
import io.github.gcmdata.internal.JsonPointers;
import io.github.gcmdata.model.LocalizedText;
import io.github.gcmdata.validation.ViolationCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Validates {@link NonBlankText} on a {@link LocalizedText}, entry by entry. */
public final class LocalizedTextValidator extends FindingValidator<NonBlankText, LocalizedText> {

    private boolean required;

    /** Creates the validator. */
    public LocalizedTextValidator() {
    }

    @Override
    public void initialize(NonBlankText annotation) {
        required = annotation.required();
    }

    @Override
    List<Finding> findings(LocalizedText text) {
        return findings(text, required);
    }

    static List<Finding> findings(LocalizedText text, boolean required) {
        if (text.isEmpty()) {
            return required ? List.of(Finding.of(ViolationCode.TEXT_EMPTY, "{}")) : List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<String, String> entry : text.asMap().entrySet()) {
            if (!LanguageValidator.isKnownTag(entry.getKey())) {
                findings.add(Finding.at(ViolationCode.LANGUAGE_UNKNOWN, suffix(entry.getKey()), null, entry.getKey()));
            }
            if (entry.getValue().isBlank()) {
                findings.add(Finding.at(ViolationCode.TEXT_BLANK, suffix(entry.getKey()), null,
                        TextValidator.quoted(entry.getValue()), "language", entry.getKey()));
            }
        }
        return findings;
    }

    private static String suffix(String language) {
        return "/" + JsonPointers.escape(language);
    }
}
