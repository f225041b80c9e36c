package io.github.gcmdata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gcmdata.json.GcmJson;
import io.github.gcmdata.model.Dataset;
import io.github.gcmdata.model.LocalizedText;
import io.github.gcmdata.model.State;
import io.github.gcmdata.reference.ReferenceData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code gcm diff OLD NEW}: what changed, as text or JSON, with exit codes 0 (same), 1 (different), 2. */
class DiffCommandTest {

    @TempDir
    Path dir;

    private Path write(String name, Dataset dataset) throws IOException {
        return Files.writeString(dir.resolve(name), GcmJson.pretty().write(dataset));
    }

    private Dataset renamedSwitzerland() {
        Dataset reference = ReferenceData.dataset();
        List<State> states = new ArrayList<>(reference.states());
        states.replaceAll(state -> state.id().equals("CHE")
                ? state.toBuilder().alternateName(LocalizedText.of("en", "Swiss Confederation")).build() : state);
        states.removeIf(state -> state.id().equals("COK"));
        return reference.toBuilder().states(states).build();
    }

    @Test
    void theSameDataExitsZero() throws IOException {
        Path old = write("old.json", ReferenceData.dataset());

        MainTest.Result result = MainTest.run("diff", old.toString(), old.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo("The datasets hold the same data.\n");
    }

    @Test
    void listsTheChangesAsTextAndExitsOne() throws IOException {
        Path old = write("old.json", ReferenceData.dataset());
        Path changed = write("new.json", renamedSwitzerland());

        MainTest.Result result = MainTest.run("diff", old.toString(), changed.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).isEqualTo("state COK removed\nstate CHE changed /alternateName\n"
                + "0 added, 1 removed, 1 changed.\n");
    }

    @Test
    void listsTheChangesAsJson() throws IOException {
        Path old = write("old.json", ReferenceData.dataset());
        Path changed = write("new.json", renamedSwitzerland());

        MainTest.Result result = MainTest.run("diff", "--format", "json", old.toString(), changed.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        JsonNode json = JsonMapper.builder().build().readTree(result.out());
        assertThat(json.get("identical").asBoolean()).isFalse();
        assertThat(json.get("changes")).hasSize(2);
        assertThat(json.get("changes").get(1).get("id").asString()).isEqualTo("CHE");
        assertThat(json.get("changes").get(1).get("change").asString()).isEqualTo("changed");
        assertThat(json.get("changes").get(1).get("fields").get(0).asString()).isEqualTo("/alternateName");
        assertThat(json.get("changes").get(0).get("pointer").asString()).isEqualTo("/states/37");
    }

    @Test
    void listsTheChangedMetadataFieldsAsJson() throws IOException {
        Dataset reference = ReferenceData.dataset();
        Path old = write("old.json", reference);
        Path changed = write("new.json", reference.toBuilder()
                .metadata(reference.metadata().toBuilder().version("2099.01.01").build()).build());

        MainTest.Result result = MainTest.run("diff", "--format", "json", old.toString(), changed.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        JsonNode json = JsonMapper.builder().build().readTree(result.out());
        assertThat(json.get("metadata")).hasSize(1);
        assertThat(json.get("metadata").get(0).asString()).isEqualTo("/version");
        assertThat(json.get("changes")).isEmpty();
    }

    @Test
    void aFileThatIsNoDatasetExitsTwoWithOneLine() throws IOException {
        Path old = write("old.json", ReferenceData.dataset());
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"metadata\": ");

        MainTest.Result result = MainTest.run("diff", old.toString(), broken.toString());
        MainTest.Result missing = MainTest.run("diff", old.toString(), dir.resolve("nothing.json").toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("gcm diff: " + broken + " is not a dataset: ").doesNotContain("Exception");
        assertThat(result.err().lines()).hasSize(1);
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).startsWith("gcm diff: cannot read ");
    }

    @Test
    void aWrongFormatIsAUsageError() throws IOException {
        Path old = write("old.json", ReferenceData.dataset());

        MainTest.Result result = MainTest.run("diff", "--format", "xml", old.toString(), old.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--format should be text or json, was 'xml'");
    }

    @Test
    void theHelpListsItsExitCodes() {
        MainTest.Result result = MainTest.run("diff", "--help");

        assertThat(result.out()).contains("Exit codes:").contains("the datasets hold the same data (diff)")
                .contains("the datasets differ (diff)").doesNotContain("a file is invalid");
    }
}
