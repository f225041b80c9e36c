package io.github.gcmdata.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The path of a walk turns into the JSON Pointer of the place reached. */
class PointerPathTest {

    @Test
    void isTheRootOrItsPrefixWhenNothingIsEntered() {
        PointerPath path = new PointerPath();

        assertThat(path.pointer("")).isEmpty();
        assertThat(path.pointer("/events/3")).isEqualTo("/events/3");
        assertThat(path.innermostName()).isEmpty();
    }

    @Test
    void writesNamesEscapedAndIndicesAsNumbers() {
        PointerPath path = new PointerPath();
        path.enter("agenda");
        path.enter(12);
        path.enter("a/b~c");

        assertThat(path.pointer("/events/3")).isEqualTo("/events/3/agenda/12/a~1b~0c");
        assertThat(path.innermostName()).isEqualTo("a/b~c");
    }

    @Test
    void leavesTheLastEnteredAndNamesTheInnermostPropertyAboveAnIndex() {
        PointerPath path = new PointerPath();
        path.enter("sessions");
        path.enter(0);
        path.enter("speakers");
        path.leave();
        path.enter("items");
        path.enter(4);

        assertThat(path.pointer("")).isEqualTo("/sessions/0/items/4");
        assertThat(path.innermostName()).isEqualTo("items");
    }

    @Test
    void growsPastItsFirstCapacityAndClearsBackToTheRoot() {
        PointerPath path = new PointerPath();
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            path.enter("p" + i);
            path.enter(i);
            expected.append("/p").append(i).append('/').append(i);
        }

        assertThat(path.pointer("")).isEqualTo(expected.toString());
        assertThat(path.innermostName()).isEqualTo("p39");

        path.clear();
        path.enter(7);
        assertThat(path.pointer("")).isEqualTo("/7");
        assertThat(path.innermostName()).isEmpty();
    }
}
