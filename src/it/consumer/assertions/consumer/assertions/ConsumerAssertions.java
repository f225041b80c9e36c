package consumer.assertions;

import static io.github.gcmdata.testing.GcmAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gcmdata.json.GcmJson;
import io.github.gcmdata.model.Dataset;
import io.github.gcmdata.validation.GcmValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the README's "Assertions for your tests" shows, run as a main: a valid dataset passes
 * {@code isValid()}, a copy with a wrong ISBN check digit fails it with the violation in the
 * message, and AssertJ's own {@code assertThat} works side by side. Any failed assertion ends the
 * JVM with an {@link AssertionError} and a non-zero exit code.
 */
public final class ConsumerAssertions {

    private ConsumerAssertions() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        String text = Files.readString(file);
        Dataset dataset = GcmJson.standard().readDataset(file);

        assertThat(dataset).isValid();
        assertThat(dataset.publications()).isNotEmpty();
        System.out.println("assertThat(dataset).isValid(): passed");

        Dataset broken = GcmJson.standard().readDataset(text.replace("\"9789290687801\"", "\"9789290687802\""));
        assertThat(GcmValidator.create().validate(broken))
                .hasViolation("/publications/0/editions/0/isbns/0/isbn", "isbn.checksum")
                .hasViolationCount(1);
        assertThatThrownBy(() -> assertThat(broken).isValid())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("isbn.checksum");
        System.out.println("assertThat(brokenCopy).isValid(): failed as expected, naming isbn.checksum");
    }
}
