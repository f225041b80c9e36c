package io.github.gcmdata.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.gcmdata.json.GcmJson;
import io.github.gcmdata.json.GcmJsonException;
import io.github.gcmdata.model.Event;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ViolationTest {

    private static GcmJsonException unreadable(String json) {
        return catchThrowableOfType(GcmJsonException.class,
                () -> GcmJson.standard().read(json.getBytes(StandardCharsets.UTF_8), Event.class));
    }

    @Test
    void givesTheConstantOfACatalogueCode() {
        Violation violation = new Violation("/isbn", "isbn.checksum", "9789290687802", "isbn: ...");
        assertThat(violation.violationCode()).contains(ViolationCode.ISBN_CHECKSUM);
        assertThat(violation.code()).isEqualTo(ViolationCode.ISBN_CHECKSUM.code());
    }

    @Test
    void givesNoConstantForUnreadableJson() {
        assertThat(new Violation("", "json.malformed_json", null, "m").violationCode()).isEmpty();
    }

    @Test
    @SuppressWarnings("deprecation")
    void theDeprecatedPathIsTheJsonPointer() {
        Violation violation = new Violation("/events/0/endDate", "date.endBeforeStart", "2022", "m");
        assertThat(violation.path()).isEqualTo(violation.jsonPointer()).isEqualTo("/events/0/endDate");
    }

    @Test
    void printsThePointerTheCodeAndTheMessage() {
        assertThat(new Violation("/a/b", "text.blank", "\" \"", "b: text should not be blank"))
                .hasToString("/a/b [text.blank] b: text should not be blank");
        assertThat(new Violation("", "text.empty", null, "text should hold a language"))
                .hasToString("/ [text.empty] text should hold a language");
    }

    @Test
    void needsAPointerACodeAndAMessage() {
        assertThatThrownBy(() -> new Violation(null, "c", "v", "m")).hasMessage("jsonPointer");
        assertThatThrownBy(() -> new Violation("", null, "v", "m")).hasMessage("code");
        assertThatThrownBy(() -> new Violation("", "c", "v", null)).hasMessage("message");
        assertThat(new Violation("", "c", null, "m").invalidValue()).isNull();
    }

    @Nested
    class UnreadableJson {

        @Test
        void codeIsJsonAndTheProblemInLowerCaseAndThePlaceComesFirst() {
            GcmJsonException e = unreadable("{\"id\": \"e\", \"startDate\": \"2022-02-30\"}");

            Violation violation = Violation.unreadable("", e);

            assertThat(violation.code()).isEqualTo("json.invalid_value")
                    .isEqualTo("json." + e.problem().name().toLowerCase(java.util.Locale.ROOT));
            assertThat(violation.violationCode()).isEmpty();
            assertThat(violation.jsonPointer()).isEqualTo(e.jsonPointer()).isEqualTo("/startDate");
            assertThat(e.line()).isEqualTo(1);
            assertThat(e.column()).isPositive();
            assertThat(violation.message()).isEqualTo("line 1, column " + e.column() + ": " + e.reason());
            assertThat(violation.invalidValue()).isNull();
        }

        @Test
        void putsThePrefixBeforeThePointer() {
            GcmJsonException e = unreadable("{\"id\": \"e\", \"startDate\": \"2022-13-01\"}");

            assertThat(Violation.unreadable("/41", e).jsonPointer()).isEqualTo("/41/startDate");
        }

        @Test
        void needsAPrefixAndAnError() {
            GcmJsonException e = unreadable("[");
            assertThatThrownBy(() -> Violation.unreadable(null, e)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> Violation.unreadable("", null)).isInstanceOf(NullPointerException.class);
        }
    }
}
