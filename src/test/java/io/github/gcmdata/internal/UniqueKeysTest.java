package io.github.gcmdata.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Keys made unique by counting: the second of a key is key-2, the third key-3. */
class UniqueKeysTest {

    @Test
    void aKeyGivenOnceStaysAsItIs() {
        UniqueKeys keys = new UniqueKeys();

        assertThat(Stream.of("a", "b", "c").map(keys::next)).containsExactly("a", "b", "c");
    }

    @Test
    void repeatsAreCountedFromTwoUpwards() {
        UniqueKeys keys = new UniqueKeys();

        assertThat(Stream.of("idm-fr", "idm-fr", "idm-fr", "idm-fr").map(keys::next))
                .containsExactly("idm-fr", "idm-fr-2", "idm-fr-3", "idm-fr-4");
    }

    @Test
    void aCountedKeyThatWasAlreadyGivenIsPassedOver() {
        UniqueKeys keys = new UniqueKeys();

        assertThat(Stream.of("a-2", "a", "a", "a").map(keys::next)).containsExactly("a-2", "a", "a-3", "a-4");
    }
}
