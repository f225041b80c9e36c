package io.github.gcmdata.identifier;

import static io.github.gcmdata.identifier.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.Currency;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CurrencyCodeTest {

    private static final String STANDARD = "ISO 4217";
    private static final String REASON = "expected three letters";

    @Nested
    class Parsing {

        @ParameterizedTest
        @CsvSource({"USD, USD", "usd, USD", "Chf, CHF", "EUR, EUR", "XOF, XOF"})
        void lettersAreUpperCased(String text, String code) {
            CurrencyCode currency = CurrencyCode.parse(text);

            assertThat(currency.code()).isEqualTo(code);
            assertThat(currency).hasToString(code);
        }

        @Test
        void anAssignedCodeIsTheJdksCurrency() {
            assertThat(CurrencyCode.parse("chf").currency()).contains(Currency.getInstance("CHF"));
        }

        @Test
        void anUnassignedCodeOfTheRightShapeIsReadAndHasNoCurrency() {
            assertThat(CurrencyCode.parse("QQQ").currency()).isEmpty();
        }

        @Test
        void equalityAndOrderFollowTheCode() {
            assertThat(CurrencyCode.parse("usd")).isEqualTo(CurrencyCode.parse("USD")).hasSameHashCodeAs(CurrencyCode.parse("Usd"));
            assertThat(CurrencyCode.parse("CHF")).isLessThan(CurrencyCode.parse("USD"));
        }
    }

    @Nested
    class Rejection {

        @ParameterizedTest
        @ValueSource(strings = {"", "US", "USDD", "US$", "$", "840", "U1D", "USD 3 million", "ÜSD", "ıSD"})
        void rejectsWhatIsNotThreeAsciiLetters(String text) {
            assertRejected(() -> CurrencyCode.parse(text), STANDARD, text, REASON);
        }

        @Test
        void rejectsNull() {
            assertThatNullPointerException().isThrownBy(() -> CurrencyCode.parse(null));
        }
    }
}
