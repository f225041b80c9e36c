package io.github.gcmdata.identifier;

import static io.github.gcmdata.identifier.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    private static final String STANDARD = "e-mail address";

    @Nested
    class Case {

        @ParameterizedTest
        @CsvSource({
            "ngiordano@iom.int,          ngiordano@iom.int,  ngiordano,  iom.int",
            "NGiordano@IOM.INT,          NGiordano@iom.int,  NGiordano,  iom.int",
            "First.Last+idm@Mail.UN.org, First.Last+idm@mail.un.org, First.Last+idm, mail.un.org",
        })
        void lowerCasesTheDomainAndKeepsTheLocalPart(String text, String address, String localPart, String domain) {
            EmailAddress email = EmailAddress.parse(text);

            assertThat(email.address()).isEqualTo(address);
            assertThat(email).hasToString(address);
            assertThat(email.localPart()).isEqualTo(localPart);
            assertThat(email.domain()).isEqualTo(domain);
        }

        @Test
        void addressesDifferingInDomainCaseAreEqual() {
            assertThat(EmailAddress.parse("ngiordano@IOM.int"))
                    .isEqualTo(EmailAddress.parse("ngiordano@iom.INT"))
                    .hasSameHashCodeAs(EmailAddress.parse("ngiordano@iom.int"))
                    .isEqualByComparingTo(EmailAddress.parse("ngiordano@iom.int"));
        }

        @Test
        void addressesDifferingInLocalPartCaseAreDifferent() {
            assertThat(EmailAddress.parse("NGiordano@iom.int")).isNotEqualTo(EmailAddress.parse("ngiordano@iom.int"));
        }
    }

    @Nested
    class Rejection {

        @ParameterizedTest
        @ValueSource(strings = {"", "ngiordano.iom.int", "ngiordano"})
        void rejectsAddressWithoutAt(String text) {
            assertRejected(() -> EmailAddress.parse(text), STANDARD, text, "expected local-part@domain");
        }

        @ParameterizedTest
        @ValueSource(strings = {"ngiordano@iom@int", "n@giordano@iom.int", "@@"})
        void rejectsAddressWithTwoAts(String text) {
            assertRejected(() -> EmailAddress.parse(text), STANDARD, text, "expected local-part@domain");
        }

        @ParameterizedTest
        @ValueSource(strings = {"@iom.int", "ngiordano@"})
        void rejectsEmptyLocalPartOrDomain(String text) {
            assertRejected(() -> EmailAddress.parse(text), STANDARD, text, "expected local-part@domain");
        }

        @ParameterizedTest
        @ValueSource(strings = {"n giordano@iom.int", " ngiordano@iom.int", "ngiordano@iom.int ", "ngiordano@iom\t.int",
            "ngiordano@iom.int\n", "ngiordano\u0000@iom.int"})
        void rejectsSpacesAndControlCharacters(String text) {
            assertRejected(() -> EmailAddress.parse(text), STANDARD, text, "no spaces or control characters allowed");
        }

        @Test
        void rejectsNull() {
            assertThatNullPointerException().isThrownBy(() -> EmailAddress.parse(null));
        }
    }
}
