package io.github.gcmdata.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.gcmdata.model.Dataset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The records carry only {@code com.fasterxml.jackson.annotation} annotations, so that a plain
 * Jackson 2 mapper, with nothing but its java.time module, reads and writes the same JSON.
 */
class Jackson2CompatibilityTest {

    private static final ObjectMapper JACKSON_2 = JsonMapper.builder().addModule(new JavaTimeModule()).build();

    static Stream<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            List<Path> json = files.filter(file -> file.toString().endsWith(".json")).sorted().collect(Collectors.toList());
            return json.stream();
        }
    }

    @Test
    void writesTheSameBytesAsGcmJsonForASampleOfEveryValueKind() throws JsonProcessingException {
        Dataset dataset = SampleRecords.dataset();

        assertThat(JACKSON_2.writeValueAsString(dataset)).isEqualTo(GcmJson.standard().write(dataset));
    }

    @Test
    void readsWhatGcmJsonWrote() throws JsonProcessingException {
        Dataset dataset = SampleRecords.dataset();

        assertThat(JACKSON_2.readValue(GcmJson.standard().write(dataset), Dataset.class)).isEqualTo(dataset);
    }

    @Test
    void isAsStrictAboutUnknownProperties() {
        assertThatThrownBy(() -> JACKSON_2.readValue("{\"metadata\":{\"id\":\"d\",\"name\":{}},\"colour\":1}", Dataset.class))
                .isInstanceOf(UnrecognizedPropertyException.class);
    }

    @ParameterizedTest
    @MethodSource("examples")
    void readsAndWritesEachExampleExactlyAsGcmJsonDoes(Path example) throws IOException {
        Dataset ours = GcmJson.standard().readDataset(example);

        Dataset theirs = JACKSON_2.readValue(example.toFile(), Dataset.class);

        assertThat(theirs).isEqualTo(ours);
        assertThat(JACKSON_2.writeValueAsString(theirs)).isEqualTo(GcmJson.standard().write(ours));
    }
}
