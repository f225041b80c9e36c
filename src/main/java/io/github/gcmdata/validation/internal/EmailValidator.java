package io.github.gcmdata.validation.internal;

import io.github.gcmdata.constraints.WellFormedEmail;
import io.github.gcmdata.identifier.EmailAddress;
import io.github.gcmdata.validation.ViolationCode;
import java.net.IDN;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Validates {@link WellFormedEmail}: a dot-atom local part (RFC 5322 section 3.2.3) and a DNS host name
 * with at least two labels (RFC 1123 section 2.1, RFC 5321 section 4.1.2).
 */
public final class EmailValidator extends FindingValidator<WellFormedEmail, EmailAddress> {

    private static final Pattern ATOM = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+");
    private static final Pattern LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    /** Creates the validator. */
    public EmailValidator() {
    }

    @Override
    List<Finding> findings(EmailAddress address) {
        if (isValid(address.localPart(), address.domain())) {
            return List.of();
        }
        return List.of(Finding.of(ViolationCode.EMAIL_INVALID, address.address()));
    }

    static boolean isValid(String localPart, String domain) {
        return isDotAtom(localPart) && localPart.length() <= 64 && isHostName(domain);
    }

    private static boolean isDotAtom(String text) {
        for (String atom : text.split("\\.", -1)) {
            if (!ATOM.matcher(atom).matches()) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHostName(String domain) {
        String ascii;
        try {
            ascii = IDN.toASCII(domain, IDN.USE_STD3_ASCII_RULES);
        } catch (IllegalArgumentException e) {
            return false;
        }
        String[] labels = ascii.split("\\.", -1);
        if (ascii.length() > 253 || labels.length < 2) {
            return false;
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return !DIGITS.matcher(labels[labels.length - 1]).matches();
    }
}
