package io.github.gcmdata.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * IRIs of records: an identifier keeps RFC 3986's unreserved characters ({@code A-Z a-z 0-9 - . _ ~})
 * and the slash, and every other octet of its UTF-8 form is percent-encoded in upper-case hex.
 */
class IrisTest {

    private static final URI BASE = URI.create("https://example.org/id/");

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            "azAZ09 | azAZ09",
            "idm-2022_session.1~x/y | idm-2022_session.1~x/y",
            "' ' | %20",
            "'`{@[:' | %60%7B%40%5B%3A",
            "a#b?c%d | a%23b%3Fc%25d",
            "é | %C3%A9",
            "中 | %E4%B8%AD",
            "😀 | %F0%9F%98%80"})
    void keepsUnreservedCharactersAndPercentEncodesEveryOtherOctet(String id, String encoded) {
        assertThat(Iris.of(BASE, "event", id)).isEqualTo("https://example.org/id/event/" + encoded);
    }

    @Test
    void everyAsciiCharacterJustOutsideTheUnreservedRangesIsEncoded() {
        // The neighbours of 0-9, A-Z and a-z: '/' is kept on purpose, the others are not.
        assertThat(Iris.of(BASE, "x", "/:@[`{")).isEqualTo("https://example.org/id/x//%3A%40%5B%60%7B");
    }

    @Test
    void theDefaultBaseIsTheProjectsIdentifierSpace() {
        assertThat(Iris.of(Iris.DEFAULT_BASE, "state", "CHE"))
                .isEqualTo("https://gcmdata.github.io/gcm-reference-data/id/state/CHE");
    }

    @Test
    void anAbsoluteHierarchicalBaseEndingWithASlashIsAccepted() {
        assertThat(Iris.requireBase(BASE)).isSameAs(BASE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.org/id", "/id/", "id/", "urn:example:id/"})
    void anyOtherBaseIsRefusedNamingIt(String base) {
        assertThatThrownBy(() -> Iris.requireBase(URI.create(base)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("base IRI: should be absolute and end with '/', was " + base);
    }
}
