package io.github.gcmdata.validation.internal;

import io.github.gcmdata.constraints.WebUrl;
import io.github.gcmdata.identifier.Url;
import io.github.gcmdata.validation.ViolationCode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;

/** Validates {@link WebUrl} with {@link Url#isWebAddress()}. */
public final class WebUrlValidator implements ConstraintValidator<WebUrl, Url> {

    /** Creates the validator. */
    public WebUrlValidator() {
    }

    @Override
    public boolean isValid(Url url, ConstraintValidatorContext context) {
        return Finding.reportAll(context, findings(url));
    }

    static List<Finding> findings(Url url) {
        return url == null || url.isWebAddress() ? List.of() : List.of(Finding.of(ViolationCode.URL_NOT_WEB, url.text()));
    }
}
