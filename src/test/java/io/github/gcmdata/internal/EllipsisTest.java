package io.github.gcmdata.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Quoted text is shortened to a start and an ellipsis, never to half a character. */
class EllipsisTest {

    @Test
    void keepsTextOfTheShownLengthWholeAndCutsALongerOne() {
        assertThat(Ellipsis.after("", 3)).isEmpty();
        assertThat(Ellipsis.after("abc", 3)).isEqualTo("abc");
        assertThat(Ellipsis.after("abcd", 3)).isEqualTo("abc…");
    }

    @Test
    void cutsBeforeASurrogatePairRatherThanThroughIt() {
        String pair = "\uD83C\uDF0D"; // U+1F30D, one character in two chars

        assertThat(Ellipsis.after("ab" + pair + "z", 3)).isEqualTo("ab…");
        assertThat(Ellipsis.after("ab" + pair + "z", 4)).isEqualTo("ab" + pair + "…");
        assertThat(Ellipsis.after("a" + pair + "yz", 3)).isEqualTo("a" + pair + "…");
    }
}
