package io.github.gcmdata.identifier;

import static io.github.gcmdata.identifier.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

    private static final String STANDARD = "E.164";
    private static final String REASON = "expected + and up to 15 digits, the first not 0";

    @Nested
    class Creation {

        @Test
        void keepsThePrintedFormAndTheE164Form() {
            PhoneNumber number = PhoneNumber.of("Tel: 41227179581", "+41227179581");

            assertThat(number.asPrinted()).isEqualTo("Tel: 41227179581");
            assertThat(number.e164()).isEqualTo("+41227179581");
        }

        @Test
        void numberKnownOnlyAsPrintedHasNoE164Form() {
            PhoneNumber number = PhoneNumber.asPrinted("41227179581");

            assertThat(number.asPrinted()).isEqualTo("41227179581");
            assertThat(number.e164()).isNull();
            assertThat(number).isEqualTo(new PhoneNumber("41227179581", null));
        }

        @Test
        void printedFormIsKeptEvenIfIncomplete() {
            assertThat(PhoneNumber.of("", "+41227179581").asPrinted()).isEmpty();
        }

        @Test
        void printedFormIsRequired() {
            assertThatNullPointerException()
                    .isThrownBy(() -> new PhoneNumber(null, "+41227179581"))
                    .withMessage("asPrinted is required");
            assertThatNullPointerException().isThrownBy(() -> PhoneNumber.asPrinted(null)).withMessage("asPrinted is required");
        }

        @Test
        void ofRequiresTheE164Form() {
            assertThatNullPointerException().isThrownBy(() -> PhoneNumber.of("41227179581", null)).withMessage("e164");
        }
    }

    @Nested
    class E164Shape {

        @ParameterizedTest
        @ValueSource(strings = {"+41227179581", "+12", "+123456789012345", "+18005550199"})
        void acceptsPlusAndTwoToFifteenDigits(String e164) {
            assertThat(PhoneNumber.of("x", e164).e164()).isEqualTo(e164);
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "41227179581", "+0227179581", "+41 22 717 95 81", "+41-22-717-9581", "+1234567890123456", "+1", "+", "",
            "++41227179581", "+4122717958a", "00 41227179581",
        })
        void rejectsTextWithoutTheE164Shape(String e164) {
            assertRejected(() -> PhoneNumber.of("Tel: 41227179581", e164), STANDARD, e164, REASON);
            assertRejected(() -> new PhoneNumber("Tel: 41227179581", e164), STANDARD, e164, REASON);
        }
    }
}
