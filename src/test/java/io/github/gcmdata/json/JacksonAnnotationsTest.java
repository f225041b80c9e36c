package io.github.gcmdata.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;

/**
 * The check of the jackson-annotations version; {@code ConsumerBuildIT} runs it against a real
 * jackson-annotations 2.20 on a user's class path.
 */
class JacksonAnnotationsTest {

    @Test
    void passesWithTheAnnotationsOfThisBuild() {
        assertThatCode(JacksonAnnotations::require).doesNotThrowAnyException();
        assertThat(JacksonAnnotations.problem(getClass().getClassLoader(), JacksonAnnotations.NEWEST_NEEDED, "2.22"))
                .isNull();
    }

    @Test
    void namesTheVersionFoundTheVersionNeededAndTheFixWhenTheNewestAnnotationIsMissing() {
        String problem = JacksonAnnotations.problem(getClass().getClassLoader(),
                "com.fasterxml.jackson.annotation.NotYetInvented", "2.20");

        assertThat(problem)
                .startsWith("jackson-annotations 2.20 is too old for Jackson 3")
                .contains("needs 2.22 or newer (com.fasterxml.jackson.annotation.NotYetInvented is missing)")
                .contains("Declare com.fasterxml.jackson.core:jackson-annotations:2.22 in your build")
                .contains("mvn dependency:tree");
    }
}
