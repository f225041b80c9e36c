package io.github.gcmdata.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Shared assertion of the identifier tests: a rejection names its standard and the offending text. */
final class Rejections {

    private Rejections() {
    }

    /**
     * Asserts that parsing throws an {@link IdentifierFormatException} whose message starts with the
     * standard's name and ends by quoting the offending text, and whose parts say the same as data.
     */
    static void assertRejected(ThrowingCallable parse, String standard, String text) {
        assertThatThrownBy(parse)
                .isInstanceOfSatisfying(IdentifierFormatException.class, e -> {
                    assertThat(e.getMessage())
                            .startsWith(standard + ": ")
                            .endsWith(" in \"" + text + "\"");
                    assertThat(e.standard()).isEqualTo(standard);
                    assertThat(e.input()).isEqualTo(text);
                    assertThat(e.reason()).isNotBlank();
                });
    }

    /** As {@link #assertRejected(ThrowingCallable, String, String)}, and the reason is the one given. */
    static void assertRejected(ThrowingCallable parse, String standard, String text, String reason) {
        assertRejected(parse, standard, text);
        assertThatThrownBy(parse)
                .isInstanceOfSatisfying(IdentifierFormatException.class, e -> assertThat(e.reason()).isEqualTo(reason))
                .hasMessage(standard + ": " + reason + " in \"" + text + "\"");
    }
}
