package io.github.gcmdata.identifier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CheckCharactersTest {

    /** ISBN-10s (ISO 2108) over nine digits, ISSNs (ISO 3297) over seven, hyphens as printed or not. */
    @ParameterizedTest
    @CsvSource({
        "030640615,  9, 2",
        "92-9068-780, 9, 0",
        "080442957,  9, X",
        "000000000,  9, 0",
        "0317-847,   7, 1",
        "2434561,    7, X",
        "1726-403,   7, 0",
    })
    void computesTheModulus11CheckCharacter(String digits, int count, char check) {
        assertThat(CheckCharacters.mod11(digits, count)).isEqualTo(check);
    }

    @ParameterizedTest
    @CsvSource({
        "0306406152, 9, 2",
        "0317-8471,  7, 1",
    })
    void readsOnlyTheDigitsItCovers(String text, int count, char check) {
        assertThat(CheckCharacters.mod11(text, count)).isEqualTo(check);
    }
}
