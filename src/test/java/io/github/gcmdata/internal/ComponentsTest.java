package io.github.gcmdata.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checks of every record's compact constructor. */
class ComponentsTest {

    @Test
    void aPresentRequiredValueIsReturnedAsItIs() {
        String id = "iom";

        assertThat(Components.required(id, "id")).isSameAs(id);
    }

    @Test
    void aMissingRequiredValueNamesItsComponent() {
        assertThatThrownBy(() -> Components.required(null, "id"))
                .isInstanceOf(NullPointerException.class)
                .isInstanceOf(MissingComponentException.class)
                .hasMessage("id is required")
                .satisfies(e -> {
                    assertThat(((MissingComponentException) e).component()).isEqualTo("id");
                    assertThat(((MissingComponentException) e).index()).isEqualTo(-1);
                });
    }

    @Test
    void aListIsCopiedAndCannotBeChanged() {
        List<String> original = new ArrayList<>(List.of("a", "b"));
        List<String> copy = Components.copy(original, "names");
        original.add("c");

        assertThat(copy).containsExactly("a", "b");
        assertThatThrownBy(() -> copy.add("d")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void anAbsentListIsEmpty() {
        assertThat(Components.copy(null, "names")).isEmpty();
        assertThat(Components.copy(List.of(), "names")).isEmpty();
    }

    @Test
    void aNullElementIsNamedByItsIndex() {
        assertThatThrownBy(() -> Components.copy(Arrays.asList("a", "b", null), "names"))
                .isInstanceOf(MissingComponentException.class)
                .hasMessage("names[2] is null")
                .satisfies(e -> assertThat(((MissingComponentException) e).index()).isEqualTo(2));
    }

    @Test
    void aNullFirstElementIsElementZeroNotAMissingList() {
        assertThatThrownBy(() -> Components.copy(Arrays.asList(null, "b"), "names"))
                .isInstanceOf(MissingComponentException.class)
                .hasMessage("names[0] is null")
                .satisfies(e -> assertThat(((MissingComponentException) e).index()).isZero());
    }
}
