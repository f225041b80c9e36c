package io.github.gcmdata.identifier;

import static io.github.gcmdata.identifier.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UnDocumentSymbolTest {

    private static final String STANDARD = "UN document symbol";
    private static final String REASON = "expected a body such as A, then slash-separated parts, without spaces";

    @Nested
    class PublishedSymbols {

        /** The GCM resolution, an IDM-related working group draft, and two General Assembly documents. */
        @ParameterizedTest
        @CsvSource({
            "A/RES/73/195,      A",
            "A/AC.293/2022/L.1, A",
            "A/70/L.57,         A",
            "A/70/976,          A",
            "ST/SGB/2019/8,     ST",
            "E/CN.9/2020/1,     E",
            "S/RES/2334(2016),  S",
        })
        void areKeptAsWrittenWithTheirBody(String text, String body) {
            UnDocumentSymbol symbol = UnDocumentSymbol.parse(text);

            assertThat(symbol.symbol()).isEqualTo(text);
            assertThat(symbol).hasToString(text);
            assertThat(symbol.body()).isEqualTo(body);
        }

        @Test
        void equalityAndOrderFollowTheText() {
            assertThat(UnDocumentSymbol.parse("A/RES/73/195"))
                    .isEqualTo(UnDocumentSymbol.parse("A/RES/73/195"))
                    .hasSameHashCodeAs(UnDocumentSymbol.parse("A/RES/73/195"))
                    .isNotEqualTo(UnDocumentSymbol.parse("A/RES/73/196"))
                    .isLessThan(UnDocumentSymbol.parse("A/RES/73/196"));
        }
    }

    @Nested
    class Rejection {

        @ParameterizedTest
        @ValueSource(strings = {"A RES 73/195", "A/RES/73/195 ", " A/RES/73/195", "A/RES/73 /195"})
        void rejectsSpaces(String text) {
            assertRejected(() -> UnDocumentSymbol.parse(text), STANDARD, text, REASON);
        }

        @ParameterizedTest
        @ValueSource(strings = {"a/res/1", "a/RES/73/195", "1/RES/73/195", "/RES/73/195"})
        void rejectsBodyThatIsNotCapitalLetters(String text) {
            assertRejected(() -> UnDocumentSymbol.parse(text), STANDARD, text, REASON);
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "A", "A/", "A//195", "A/RES/", "A/RES//195"})
        void rejectsMissingOrEmptyComponents(String text) {
            assertRejected(() -> UnDocumentSymbol.parse(text), STANDARD, text, REASON);
        }

        @Test
        void rejectsNull() {
            assertThatNullPointerException().isThrownBy(() -> UnDocumentSymbol.parse(null));
        }
    }
}
