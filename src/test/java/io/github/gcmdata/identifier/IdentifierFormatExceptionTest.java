package io.github.gcmdata.identifier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdentifierFormatExceptionTest {

    @Test
    void messageNamesStandardReasonAndText() {
        IdentifierFormatException e = new IdentifierFormatException("ISBN", "expected 10 or 13 digits, found 12", "978-92-9068-780");

        assertThat(e)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ISBN: expected 10 or 13 digits, found 12 in \"978-92-9068-780\"");
        assertThat(e.standard()).isEqualTo("ISBN");
        assertThat(e.reason()).isEqualTo("expected 10 or 13 digits, found 12");
        assertThat(e.input()).isEqualTo("978-92-9068-780");
    }

    @Test
    void messageQuotesAtMostSixtyCharactersButInputKeepsAll() {
        String longText = "x".repeat(100);

        IdentifierFormatException e = new IdentifierFormatException("URL", "too long", longText);

        assertThat(e).hasMessage("URL: too long in \"" + "x".repeat(60) + "…\"");
        assertThat(e.input()).isEqualTo(longText);
    }

    @Test
    void messageQuotesSixtyCharactersInFull() {
        String text = "y".repeat(60);

        assertThat(new IdentifierFormatException("URL", "r", text)).hasMessage("URL: r in \"" + text + "\"");
    }
}
