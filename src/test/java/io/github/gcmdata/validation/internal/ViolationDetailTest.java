package io.github.gcmdata.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gcmdata.validation.ViolationCode;
import org.junit.jupiter.api.Test;

class ViolationDetailTest {

    @Test
    void keepsAValueOfEightyCharactersWholeAndCutsALongerOneToEighty() {
        String eighty = "x".repeat(80);
        assertThat(ViolationDetail.shorten(eighty)).isEqualTo(eighty);
        assertThat(ViolationDetail.shorten(eighty + "y")).isEqualTo("x".repeat(79) + "…").hasSize(80);
        assertThat(ViolationDetail.shorten(12)).isEqualTo("12");
        assertThat(ViolationDetail.shorten(null)).isNull();
    }

    @Test
    void shortensItsValueAndNeedsACodeAndASuffix() {
        ViolationDetail detail = new ViolationDetail(ViolationCode.TEXT_BLANK, "/fr", null, " ".repeat(100));
        assertThat(detail.value()).hasSize(80).endsWith("…");
        assertThatThrownBy(() -> new ViolationDetail(null, "", null, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new ViolationDetail(ViolationCode.TEXT_BLANK, null, null, null))
                .isInstanceOf(NullPointerException.class);
    }
}
