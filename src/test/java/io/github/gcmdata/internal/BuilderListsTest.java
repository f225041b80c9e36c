package io.github.gcmdata.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A builder's list setter replaces the whole list, or leaves it as it was and names the null. */
class BuilderListsTest {

    @Test
    void replacesTheElements() {
        List<String> target = new ArrayList<>(List.of("old"));

        BuilderLists.replace(target, List.of("a", "b"), "Event.Builder.subEventRefs");
        assertThat(target).containsExactly("a", "b");

        BuilderLists.replace(target, new String[] {"c"}, "Event.Builder.subEventRefs");
        assertThat(target).containsExactly("c");
    }

    @Test
    void aNullElementIsNamedByItsIndexAndTheListIsUnchanged() {
        List<String> target = new ArrayList<>(List.of("old"));

        assertThatThrownBy(() -> BuilderLists.replace(target, Arrays.asList("a", "b", null), "Event.Builder.subEventRefs"))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("Event.Builder.subEventRefs(...): element 2 is null");
        assertThatThrownBy(() -> BuilderLists.replace(target, new String[] {null}, "Event.Builder.subEventRefs"))
                .hasMessage("Event.Builder.subEventRefs(...): element 0 is null");
        assertThat(target).containsExactly("old");
    }

    @Test
    void aNullListOrArraySaysHowToPassNone() {
        List<String> target = new ArrayList<>(List.of("old"));

        assertThatThrownBy(() -> BuilderLists.replace(target, (List<String>) null, "Event.Builder.subEventRefs"))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("Event.Builder.subEventRefs(...): the list is null; pass an empty list for none");
        assertThatThrownBy(() -> BuilderLists.replace(target, (String[]) null, "Event.Builder.subEventRefs"))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("Event.Builder.subEventRefs(...): the array is null; call it with no argument for none");
        assertThat(target).containsExactly("old");
    }
}
