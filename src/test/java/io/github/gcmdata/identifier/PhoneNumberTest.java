package io.github.gcmdata.identifier;

import static io.github.gcmdata.identifier.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.gcmdata.json.GcmJson;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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

    /** Point 8 of issue 13: numbers printed on IOM's Swiss pages, read with the country they belong to. */
    @Nested
    class InCountry {

        private final CountryCode switzerland = CountryCode.parse("CH");

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "41227179581           | +41227179581",
            "Tel 00 41 79 70160 54 | +41797016054",
            "Tel: 41227179581      | +41227179581",
            "+41 22 717 9416       | +41227179416",
            "+41 (0)22 717 95 81   | +41227179581",
            "022 717 95 81         | +41227179581",
        })
        void derivesTheE164FormFromThePrintedFormAndTheCountry(String printed, String e164) {
            PhoneNumber number = PhoneNumber.inCountry(printed, switzerland);

            assertThat(number.asPrinted()).isEqualTo(printed);
            assertThat(number.country()).isEqualTo(switzerland);
            assertThat(number.e164()).as("derived, not stored: the record holds what the source printed").isNull();
            assertThat(number.toE164()).contains(e164);
        }

        @ParameterizedTest
        @ValueSource(strings = {"12345", "+33 1 23 45 67 89", "Fax", ""})
        void derivesNothingFromDigitsThatCannotBeANumberOfTheCountry(String printed) {
            assertThat(PhoneNumber.inCountry(printed, switzerland).toE164()).isEmpty();
        }

        @Test
        void derivesNothingFromACountryCodeThatIsNotAlpha2() {
            assertThat(PhoneNumber.inCountry("41227179581", CountryCode.parse("CHE")).toE164()).isEmpty();
            assertThat(PhoneNumber.inCountry("41227179581", CountryCode.parse("756")).toE164()).isEmpty();
        }

        @Test
        void theE164FormGivenIsTheOneUsed() {
            assertThat(PhoneNumber.of("41227179581", "+41227179581").toE164()).contains("+41227179581");
            assertThat(new PhoneNumber("022 717 95 81", switzerland, "+41227179581").toE164()).contains("+41227179581");
        }

        @Test
        void withoutCountryNorE164FormThereIsNoE164Form() {
            assertThat(PhoneNumber.asPrinted("41227179581").toE164()).isEmpty();
        }

        @Test
        void requiresTheCountry() {
            assertThatNullPointerException().isThrownBy(() -> PhoneNumber.inCountry("41227179581", null))
                    .withMessage("country");
        }
    }

    @Nested
    class Json {

        @Test
        void theCountryIsWrittenBetweenThePrintedAndTheE164Forms() {
            PhoneNumber number = new PhoneNumber("41227179581", CountryCode.parse("ch"), "+41227179581");

            String json = GcmJson.standard().write(number);

            assertThat(json).isEqualTo("{\"asPrinted\":\"41227179581\",\"country\":\"CH\",\"e164\":\"+41227179581\"}");
            assertThat(GcmJson.standard().read(json, PhoneNumber.class)).isEqualTo(number);
        }

        @Test
        void aNumberWithoutCountryReadsAndWritesAsBefore() {
            String json = "{\"asPrinted\":\"+41 22 717 9416\",\"e164\":\"+41227179416\"}";

            PhoneNumber number = GcmJson.standard().read(json, PhoneNumber.class);

            assertThat(number).isEqualTo(PhoneNumber.of("+41 22 717 9416", "+41227179416"));
            assertThat(number.country()).isNull();
            assertThat(GcmJson.standard().write(number)).isEqualTo(json);
        }
    }
}
