package io.github.gcmdata.identifier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AsciiTest {

    @ParameterizedTest
    @CsvSource({
        "che,     CHE",
        "uSd,     USD",
        "az09-_,  AZ09-_",
        "straße,  STRAßE",
        "ıt,      ıT",
        "ﬀ,      ﬀ",
        "ä-b,     ä-B",
    })
    void upperCasesOnlyAsciiLetters(String text, String upper) {
        assertThat(Ascii.toUpperCase(text)).isEqualTo(upper);
    }

    @Test
    void returnsTextWithoutLowerCaseAsciiLettersAsItIs() {
        String text = "CHE-756 ß";

        assertThat(Ascii.toUpperCase(text)).isSameAs(text);
    }

    @Test
    void tellsWhetherEveryCharacterLiesInARange() {
        assertThat(Ascii.allBetween("756", '0', '9')).isTrue();
        assertThat(Ascii.allBetween("75a", '0', '9')).isFalse();
        assertThat(Ascii.allBetween("/0", '0', '9')).isFalse();
        assertThat(Ascii.allBetween("09:", '0', '9')).isFalse();
        assertThat(Ascii.allBetween("", '0', '9')).isTrue();
    }
}
