package io.github.gcmdata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gcmdata.schema.JsonSchemas;
import org.junit.jupiter.api.Test;

class SchemaCommandTest {

    @Test
    void printsTheDatasetSchemaByDefault() {
        MainTest.Result result = MainTest.run("schema");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo(JsonSchemas.dataset());
        assertThat(result.out()).contains("\"$schema\"", "2020-12");
    }

    @Test
    void printsTheSchemaOfEachKind() {
        for (String kind : JsonSchemas.kinds()) {
            MainTest.Result result = MainTest.run("schema", kind);

            assertThat(result.exitCode()).as(kind).isZero();
            assertThat(result.out()).as(kind).isEqualTo(JsonSchemas.of(kind)).contains(JsonSchemas.id(kind));
        }
    }

    @Test
    void anUnknownKindIsAUsageErrorThatListsTheKinds() {
        MainTest.Result result = MainTest.run("schema", "planet");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("expected one of dataset, organisation,", "was 'planet'")
                .doesNotContain("Exception");
    }

    @Test
    void theHelpListsEveryKindTheSchemasHave() {
        MainTest.Result result = MainTest.run("schema", "--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out().replaceAll("\\s+", " "))
                .contains("One of " + String.join(", ", JsonSchemas.kinds()) + "; dataset when left out.")
                .contains("--version");
    }
}
