package io.github.gcmdata.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gcmdata.model.Publication;
import io.github.gcmdata.model.VoteOption;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** JSON names come from the model's JsonProperty annotations, else from the Java names. */
class JsonNamesTest {

    private static RecordComponent component(Class<? extends Record> type, String name) {
        return Arrays.stream(type.getRecordComponents()).filter(c -> c.getName().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aComponentRenamedByJsonPropertyHasThatName() {
        assertThat(JsonNames.of(component(Publication.class, "abstractText"))).isEqualTo("abstract");
    }

    @Test
    void aComponentWhoseJsonPropertyGivesNoNameKeepsItsOwn() {
        assertThat(JsonNames.of(component(Publication.class, "id"))).as("@JsonProperty(required = true)").isEqualTo("id");
    }

    @Test
    void aComponentWithoutJsonPropertyKeepsItsOwnName() {
        assertThat(JsonNames.of(component(Publication.class, "genre"))).isEqualTo("genre");
    }

    @Test
    void anEnumConstantHasItsJsonName() {
        assertThat(JsonNames.of(VoteOption.NOT_VOTING)).isEqualTo("not_voting");
    }
}
