package io.github.gcmdata.identifier;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * A currency code of ISO 4217 in its alphabetic form, such as {@code USD} or {@code CHF}.
 *
 * <pre>{@code
 * CurrencyCode dollars = CurrencyCode.parse("usd");   // USD
 * dollars.currency();                                  // Optional[USD], the JDK's java.util.Currency
 * CurrencyCode.parse("US$");                           // IdentifierFormatException: expected three letters
 * }</pre>
 *
 * <p>Parsing checks the shape (three ASCII letters) and upper-cases them; a symbol or a label as
 * pages print it ({@code $}, {@code US$}, {@code USD 3 million}) is not a code. Whether ISO 4217
 * assigns the code is a question for validation ({@code @AssignedCurrency}), so that a dataset with
 * a mistyped code is still read and reported as a whole.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code  the code, three upper-case letters such as {@code USD}, not null
 */
public record CurrencyCode(@JsonValue String code) implements Comparable<CurrencyCode> {

    private static final String STANDARD = "ISO 4217";
    private static final int LENGTH = 3;

    /**
     * Creates a currency code from text, as {@link #parse(CharSequence)} does: the component holds
     * its canonical, upper-case form.
     *
     * @param code  three letters, not null
     * @throws IdentifierFormatException if {@link #parse(CharSequence)} refuses the text
     */
    public CurrencyCode {
        code = canonical(Objects.requireNonNull(code, "code"));
    }

    /**
     * Obtains a currency code from text such as {@code USD} or {@code chf}.
     *
     * @param text  three letters, not null
     * @return the code, upper-cased, not null
     * @throws IdentifierFormatException if the text is not three ASCII letters
     */
    @JsonCreator
    public static CurrencyCode parse(CharSequence text) {
        return new CurrencyCode(Objects.requireNonNull(text, "text").toString());
    }

    private static String canonical(String text) {
        String code = Ascii.toUpperCase(text);
        if (code.length() != LENGTH || !Ascii.allBetween(code, 'A', 'Z')) {
            throw new IdentifierFormatException(STANDARD, "expected three letters", text);
        }
        return code;
    }

    /**
     * Returns the JDK's currency of this code, if the running JDK knows it: the currencies of
     * {@link Currency#getAvailableCurrencies()}, which include some that ISO 4217 has withdrawn.
     *
     * @return the currency, or empty if the JDK knows no currency of this code
     */
    public Optional<Currency> currency() {
        try {
            return Optional.of(Currency.getInstance(code));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public int compareTo(CurrencyCode other) {
        return code.compareTo(other.code);
    }

    /**
     * Returns the code, as {@link #code()}.
     *
     * @return the code, not null
     */
    @Override
    public String toString() {
        return code;
    }
}
