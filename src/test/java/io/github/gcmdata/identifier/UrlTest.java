package io.github.gcmdata.identifier;

import static io.github.gcmdata.identifier.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.net.URI;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UrlTest {

    private static final String STANDARD = "URL";

    @Nested
    class AbsoluteUrls {

        @ParameterizedTest
        @ValueSource(strings = {
            "https://publications.iom.int/books/idm-no-28",
            "https://www.iom.int/",
            "HTTPS://WWW.IOM.INT/",
            "http://www.un.org/en/ga/search/view_doc.asp?symbol=A/RES/73/195",
            "mailto:idmworkshop@iom.int",
            "urn:isbn:9789290687801",
            "file:///tmp/report.pdf",
        })
        void areKeptAsWritten(String text) {
            Url url = Url.parse(text);

            assertThat(url.text()).isEqualTo(text);
            assertThat(url).hasToString(text);
            assertThat(url.toUri()).isEqualTo(URI.create(text));
        }

        @Test
        void equalityAndOrderFollowTheText() {
            assertThat(Url.parse("https://www.iom.int/")).isEqualTo(Url.parse("https://www.iom.int/"))
                    .hasSameHashCodeAs(Url.parse("https://www.iom.int/"))
                    .isNotEqualTo(Url.parse("https://www.iom.int"))
                    .isGreaterThan(Url.parse("https://www.iom.int"));
        }
    }

    @Nested
    class WebAddress {

        @ParameterizedTest
        @ValueSource(strings = {"https://www.iom.int/", "http://iom.int", "HTTPS://WWW.IOM.INT/", "https://www.iom.int:8443/x?y=z#f"})
        void httpOrHttpsWithHostIsAWebAddress(String text) {
            assertThat(Url.parse(text).isWebAddress()).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"mailto:idmworkshop@iom.int", "urn:isbn:9789290687801", "file:///tmp/report.pdf", "https:relative", "ftp://ftp.iom.int/"})
        void otherSchemesOrNoHostAreNotWebAddresses(String text) {
            assertThat(Url.parse(text).isWebAddress()).isFalse();
        }
    }

    @Nested
    class Rejection {

        @ParameterizedTest
        @ValueSource(strings = {"", "/books/idm-no-28", "www.iom.int", "publications.iom.int/books", "//www.iom.int/"})
        void rejectsRelativeReferences(String text) {
            assertRejected(() -> Url.parse(text), STANDARD, text, "expected an absolute URL with a scheme such as https:");
        }

        @ParameterizedTest
        @ValueSource(strings = {"https://www.iom.int/a b", "http://[bad", "https://www.iom.int/%zz", ":no-scheme", "https://www.iom.int/<x>"})
        void rejectsSyntaxErrorsNamingTheIndex(String text) {
            assertRejected(() -> Url.parse(text), STANDARD, text);
            assertThatExceptionOfType(IdentifierFormatException.class)
                    .isThrownBy(() -> Url.parse(text))
                    .satisfies(e -> assertThat(e.reason()).contains(" at index "));
        }

        @Test
        void rejectsNull() {
            assertThatNullPointerException().isThrownBy(() -> Url.parse(null));
        }
    }
}
