package io.github.gcmdata.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gcmdata.identifier.CountryCode;
import io.github.gcmdata.identifier.CurrencyCode;
import io.github.gcmdata.identifier.EmailAddress;
import io.github.gcmdata.identifier.Isbn;
import io.github.gcmdata.identifier.Issn;
import io.github.gcmdata.identifier.LanguageTag;
import io.github.gcmdata.identifier.PhoneNumber;
import io.github.gcmdata.identifier.Url;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The validators' logic for each identifier standard, with tables of vectors. */
class IdentifierValidatorsTest {

    private static List<String> codes(List<Finding> findings) {
        return findings.stream().map(finding -> finding.code().code()).collect(Collectors.toList());
    }

    @Nested
    class Isbns {

        @ParameterizedTest
        @ValueSource(strings = {
            "978-92-9068-780-1", // IDM No. 28, French edition (seed 001, publications.iom.int)
            "978-92-9068-774-0", // IDM No. 28, English edition
            "978-0-306-40615-7", // ISO 2108 worked example, as ISBN-13
            "0-306-40615-2", // the same as ISBN-10, normalised to 13
            "99921-58-10-7", // ISBN-10 example of the ISBN Users' Manual
            "0-8044-2957-X" // ISBN-10 with X check digit
        })
        void acceptsPublishedIsbns(String text) {
            assertThat(new IsbnValidator().findings(Isbn.parse(text))).isEmpty();
        }

        @ParameterizedTest
        @CsvSource({
            "9789290687802, 1, 2",
            "978-0-306-40615-8, 7, 8",
            "0-306-40615-3, 2, 3"
        })
        void rejectsIsbnWithWrongCheckDigit(String text, String expected, String actual) {
            List<Finding> findings = new IsbnValidator().findings(Isbn.parse(text));
            assertThat(codes(findings)).containsExactly("isbn.checksum");
            assertThat(findings.get(0).parameters()).containsExactly("expected", expected.charAt(0), "actual", actual.charAt(0));
        }

        @Test
        void acceptsNull() {
            assertThat(new IsbnValidator().isValid(null, null)).isTrue();
        }
    }

    @Nested
    class Issns {

        @ParameterizedTest
        @ValueSource(strings = {"1726-4030", "1726-2224", "0317-8471", "2049-3630", "2434-561X", "1050-124X", "03785955"})
        void acceptsPublishedIssns(String text) {
            assertThat(new IssnValidator().findings(Issn.parse(text))).isEmpty();
        }

        @ParameterizedTest
        @CsvSource({"1726-4031, 0, 1", "0317-8470, 1, 0", "1050-1240, X, 0"})
        void rejectsIssnWithWrongCheckCharacter(String text, char expected, char actual) {
            List<Finding> findings = new IssnValidator().findings(Issn.parse(text));
            assertThat(codes(findings)).containsExactly("issn.checksum");
            assertThat(findings.get(0).parameters()).containsExactly("expected", expected, "actual", actual);
        }
    }

    @Nested
    class CountryCodes {

        private final EnumSet<CountryCode.Form> any = EnumSet.allOf(CountryCode.Form.class);

        @ParameterizedTest
        @ValueSource(strings = {"CH", "che", "FR", "FRA", "US", "SS", "SSD", "756", "004"})
        void acceptsAssignedCodes(String code) {
            assertThat(CountryCodeValidator.findings(CountryCode.parse(code), any)).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"XK", "ZZ", "AA", "UK", "XXX", "AAA", "999", "900"})
        void rejectsCodesThatIsoDoesNotAssign(String code) {
            assertThat(codes(CountryCodeValidator.findings(CountryCode.parse(code), any)))
                    .containsExactly("country.unassigned");
        }

        @Test
        void rejectsAnotherFormThanTheFieldNeeds() {
            assertThat(codes(CountryCodeValidator.findings(CountryCode.parse("CHE"), EnumSet.of(CountryCode.Form.ALPHA_2))))
                    .containsExactly("country.wrongForm");
        }

        @Test
        void namesTheFormsExpectedAndFound() {
            assertThat(CountryCodeValidator.findings(CountryCode.parse("756"),
                    EnumSet.of(CountryCode.Form.ALPHA_2, CountryCode.Form.ALPHA_3)))
                    .extracting(Finding::value, Finding::parameters)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("756",
                            List.of("expected", "alpha-2, alpha-3", "actual", "numeric")));
            assertThat(CountryCodeValidator.findings(CountryCode.parse("CH"), EnumSet.of(CountryCode.Form.NUMERIC)))
                    .extracting(Finding::parameters)
                    .containsExactly(List.of("expected", "numeric", "actual", "alpha-2"));
        }
    }

    @Nested
    class Currencies {

        @ParameterizedTest
        @ValueSource(strings = {"USD", "chf", "EUR", "XOF", "JPY"})
        void acceptsCodesThatIsoAssigns(String code) {
            assertThat(new CurrencyCodeValidator().findings(CurrencyCode.parse(code))).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"QQQ", "USX", "ABC"})
        void rejectsCodesThatIsoDoesNotAssign(String code) {
            assertThat(codes(new CurrencyCodeValidator().findings(CurrencyCode.parse(code)))).containsExactly("currency.unassigned");
        }

        @Test
        void acceptsNull() {
            assertThat(new CurrencyCodeValidator().isValid(null, null)).isTrue();
        }
    }

    @Nested
    class Languages {

        @ParameterizedTest
        @ValueSource(strings = {"en", "fr", "es", "es-419", "en-GB", "zh-Hant", "ar", "fil", "yue"})
        void acceptsLanguagesOfIso639(String tag) {
            assertThat(new LanguageValidator().findings(LanguageTag.parse(tag))).isEmpty();
        }

        /** Undetermined, multiple languages, no linguistic content, uncoded, and the private-use range qaa to qtz. */
        @ParameterizedTest
        @ValueSource(strings = {"und", "und-Latn", "mul", "zxx", "mis", "qaa", "qkz", "qtz", "qtz-CH"})
        void acceptsTheSpecialCodesOfIso639(String tag) {
            assertThat(new LanguageValidator().findings(LanguageTag.parse(tag))).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"xx", "qq", "fra", "eng", "zzz"})
        void rejectsUnknownLanguagesAndThreeLetterFormsOfTwoLetterCodes(String tag) {
            assertThat(codes(new LanguageValidator().findings(LanguageTag.parse(tag)))).containsExactly("language.unknown");
        }
    }

    @Nested
    class TimeZones {

        @ParameterizedTest
        @ValueSource(strings = {"Europe/Zurich", "America/New_York", "Africa/Casablanca", "America/Argentina/Buenos_Aires"})
        void acceptsRegions(String id) {
            assertThat(new TimeZoneValidator().findings(ZoneId.of(id))).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"+01:00", "Z", "UTC", "GMT", "UTC+01:00", "Etc/GMT+5", "EST5EDT", "CET"})
        void rejectsOffsets(String id) {
            assertThat(codes(new TimeZoneValidator().findings(ZoneId.of(id)))).containsExactly("timezone.notRegion");
        }

        @Test
        void knowsTheRegionsTheJdkKnows() {
            assertThat(ZoneId.getAvailableZoneIds()).filteredOn(id -> id.indexOf('/') > 0 && !id.startsWith("Etc/")
                    && !id.startsWith("SystemV/")).hasSizeGreaterThan(300).allMatch(TimeZoneValidator::isRegion);
            assertThat(TimeZoneValidator.isRegion("Europe/Atlantis")).isFalse();
            assertThat(TimeZoneValidator.isRegion("Etc/GMT+5")).isFalse();
        }
    }

    @Nested
    class Urls {

        @ParameterizedTest
        @ValueSource(strings = {"https://www.iom.int/", "http://publications.iom.int/books/idm-no-28", "HTTPS://IOM.INT"})
        void acceptsWebAddresses(String url) {
            assertThat(new WebUrlValidator().findings(Url.parse(url))).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"mailto:info@iom.int", "ftp://ftp.iom.int/file", "urn:isbn:9789290687801", "https:///path"})
        void rejectsOtherAddresses(String url) {
            assertThat(codes(new WebUrlValidator().findings(Url.parse(url)))).containsExactly("url.notWeb");
        }
    }

    @Nested
    class Emails {

        @ParameterizedTest
        @ValueSource(strings = {"ngiordano@iom.int", "first.last+tag@sub.example.co.uk", "o'brien@example.org",
            "user@xn--bcher-kva.example", "user@bücher.example"})
        void acceptsAddresses(String address) {
            assertThat(new EmailValidator().findings(EmailAddress.parse(address))).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"user@localhost", "a..b@iom.int", ".a@iom.int", "a.@iom.int", "user@-iom.int",
            "user@iom-.int", "user@iom..int", "user@exa_mple.org", "user@192.0.2.1", "user@[192.0.2.1]",
            "\"quoted\"@iom.int", "user@iom.int."})
        void rejectsAddresses(String address) {
            assertThat(codes(new EmailValidator().findings(EmailAddress.parse(address)))).containsExactly("email.invalid");
        }

        @Test
        void rejectsTooLongLocalPart() {
            assertThat(codes(new EmailValidator().findings(EmailAddress.parse("a".repeat(65) + "@iom.int"))))
                    .containsExactly("email.invalid");
            assertThat(new EmailValidator().findings(EmailAddress.parse("a".repeat(64) + "@iom.int"))).isEmpty();
        }

        @Test
        void acceptsADomainOfUpTo253Characters() {
            String label = "a".repeat(63) + ".";
            String longest = label.repeat(3) + "b".repeat(57) + ".int";

            assertThat(longest).hasSize(253);
            assertThat(new EmailValidator().findings(EmailAddress.parse("un@" + longest))).isEmpty();
            assertThat(codes(new EmailValidator().findings(EmailAddress.parse("un@b" + longest))))
                    .containsExactly("email.invalid");
        }
    }

    @Nested
    class Telephones {

        @ParameterizedTest
        @ValueSource(strings = {"Tel: 41227179581", "+41 22 717 95 81", "+41 (0)22 717 95 81", "022 717 95 81",
            "0041 22 717 95 81", "227179581", "011 41 22 717 95 81", "00 41 0 22 717 95 81", "011410227179581"})
        void acceptsPrintedFormsThatAgreeWithTheE164Number(String printed) {
            assertThat(new PhoneNumberValidator().findings(PhoneNumber.of(printed, "+41227179581"))).isEmpty();
        }

        @Test
        void acceptsNumberKnownOnlyAsPrinted() {
            assertThat(new PhoneNumberValidator().findings(PhoneNumber.asPrinted("Tel: 41227179581"))).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"+41 22 717 95 82", "+33 22 717 95 81", "Tel: 12345", "00 22 717 95 81",
            "0 0 22 717 95 81", "000 41 22 717 95 81", "041 0 0 22 717 95 81", "4141 22 717 95 81", "1 22 717 95 81",
            "27179581"})
        void rejectsPrintedDigitsThatDisagree(String printed) {
            List<Finding> findings = new PhoneNumberValidator().findings(PhoneNumber.of(printed, "+41227179581"));
            assertThat(codes(findings)).containsExactly("telephone.mismatch");
            assertThat(findings.get(0).pointerSuffix()).isEqualTo("/asPrinted");
        }

        @ParameterizedTest
        @ValueSource(strings = {"+41000", "+999123456789", "+1200555012"})
        void rejectsNumbersThatDoNotExist(String e164) {
            List<Finding> findings = new PhoneNumberValidator().findings(PhoneNumber.of(e164, e164));
            assertThat(codes(findings)).containsExactly("telephone.invalid");
            assertThat(findings.get(0).pointerSuffix()).isEqualTo("/e164");
        }

        @ParameterizedTest
        @ValueSource(strings = {"41227179581", "Tel 00 41 79 70160 54", "022 717 95 81"})
        void acceptsPrintedDigitsThatAreANumberOfTheRecordsCountry(String printed) {
            assertThat(new PhoneNumberValidator().findings(PhoneNumber.inCountry(printed, CountryCode.parse("CH")))).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"12345", "+33 1 23 45 67 89", "Fax", "41227179581 41227179581"})
        void rejectsPrintedDigitsThatCannotBeANumberOfTheRecordsCountry(String printed) {
            List<Finding> findings = new PhoneNumberValidator().findings(PhoneNumber.inCountry(printed, CountryCode.parse("CH")));

            assertThat(codes(findings)).containsExactly("telephone.invalid");
            assertThat(findings.get(0).pointerSuffix()).isEqualTo("/asPrinted");
            assertThat(findings.get(0).value()).isEqualTo(printed);
        }

        @Test
        void rejectsAnE164FormThatThePrintedDigitsAndTheCountryDoNotGive() {
            PhoneNumber number = new PhoneNumber("+33 1 23 45 67 89", CountryCode.parse("CH"), "+33123456789");

            List<Finding> findings = new PhoneNumberValidator().findings(number);

            assertThat(codes(findings)).containsExactly("telephone.mismatch");
            assertThat(findings.get(0).pointerSuffix()).isEqualTo("/asPrinted");
        }

        @Test
        void acceptsAnE164FormThatThePrintedDigitsAndTheCountryGive() {
            assertThat(new PhoneNumberValidator().findings(
                    new PhoneNumber("41227179581", CountryCode.parse("CH"), "+41227179581"))).isEmpty();
        }

        @ParameterizedTest
        @CsvSource({"XX, country.unassigned", "CHE, country.wrongForm", "756, country.wrongForm"})
        void reportsACountryThatIsNotAnAssignedAlpha2CodeAtTheCountry(String country, String code) {
            List<Finding> findings = new PhoneNumberValidator().findings(PhoneNumber.inCountry("41227179581", CountryCode.parse(country)));

            assertThat(codes(findings)).containsExactly(code);
            assertThat(findings.get(0).pointerSuffix()).isEqualTo("/country");
            assertThat(findings.get(0).field()).isEqualTo("country");
        }
    }
}
