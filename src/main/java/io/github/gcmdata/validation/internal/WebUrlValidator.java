package io.github.gcmdata.validation.internal;

import io.github.gcmdata.constraints.WebUrl;
import io.github.gcmdata.identifier.Url;
import io.github.gcmdata.validation.ViolationCode;
import java.util.List;

/** Validates {@link WebUrl} with {@link Url#isWebAddress()}. */
public final class WebUrlValidator extends FindingValidator<WebUrl, Url> {

    /** Creates the validator. */
    public WebUrlValidator() {
    }

    @Override
    List<Finding> findings(Url url) {
        return url.isWebAddress() ? List.of() : List.of(Finding.of(ViolationCode.URL_NOT_WEB, url.text()));
    }
}
