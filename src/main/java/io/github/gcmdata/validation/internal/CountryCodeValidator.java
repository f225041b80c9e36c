package io.github.gcmdata.validation.internal;

import io.github.gcmdata.constraints.AssignedCountryCode;
import io.github.gcmdata.identifier.CountryCode;
import io.github.gcmdata.validation.ViolationCode;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Validates {@link AssignedCountryCode} against the JDK's ISO 3166-1 lists. */
public final class CountryCodeValidator extends FindingValidator<AssignedCountryCode, CountryCode> {

    private static final Set<String> ALPHA_2 = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);
    private static final Set<String> ALPHA_3 = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);

    private Set<CountryCode.Form> forms = EnumSet.allOf(CountryCode.Form.class);

    /** Creates the validator. */
    public CountryCodeValidator() {
    }

    @Override
    public void initialize(AssignedCountryCode annotation) {
        if (annotation.forms().length > 0) {
            forms = EnumSet.copyOf(Arrays.asList(annotation.forms()));
        }
    }

    @Override
    List<Finding> findings(CountryCode code) {
        return findings(code, forms);
    }

    static List<Finding> findings(CountryCode code, Set<CountryCode.Form> forms) {
        if (code == null) {
            return List.of();
        }
        if (!forms.contains(code.form())) {
            String allowed = forms.stream().map(CountryCodeValidator::formName).collect(Collectors.joining(", "));
            return List.of(Finding.of(ViolationCode.COUNTRY_WRONG_FORM, code.code(),
                    "expected", allowed, "actual", formName(code.form())));
        }
        return isAssigned(code) ? List.of() : List.of(Finding.of(ViolationCode.COUNTRY_UNASSIGNED, code.code()));
    }

    /**
     * Tells whether ISO 3166-1 assigns a code to a country, as far as this library can tell: the
     * JDK lists alpha-2 and alpha-3 codes; numeric codes are only checked not to be user-assigned
     * (900 to 999).
     */
    static boolean isAssigned(CountryCode code) {
        return switch (code.form()) {
            case ALPHA_2 -> ALPHA_2.contains(code.code());
            case ALPHA_3 -> ALPHA_3.contains(code.code());
            case NUMERIC -> code.code().charAt(0) != '9';
        };
    }

    private static String formName(CountryCode.Form form) {
        return switch (form) {
            case ALPHA_2 -> "alpha-2";
            case ALPHA_3 -> "alpha-3";
            case NUMERIC -> "numeric";
        };
    }
}
