package consumer.app;

import io.github.gcmdata.identifier.Isbn;
import io.github.gcmdata.identifier.LanguageTag;
import io.github.gcmdata.json.GcmJson;
import io.github.gcmdata.model.Dataset;
import io.github.gcmdata.reference.ReferenceData;
import io.github.gcmdata.schema.JsonSchemas;
import io.github.gcmdata.validation.GcmValidator;
import io.github.gcmdata.validation.ValidationReport;
import java.nio.file.Path;

/**
 * What a new user does in the first hour: read a dataset, validate it, write it back, look up the
 * bundled reference data and schema, parse an identifier as a page prints it. Prints one line per
 * step; exits with 1 if a step does not give what the README says.
 */
public final class ConsumerApp {

    private ConsumerApp() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        Module library = GcmJson.class.getModule();
        System.out.println("library: " + (library.isNamed() ? "module " + library.getName() : "class path"));

        GcmJson json = GcmJson.standard();
        Dataset dataset = json.readDataset(file);
        System.out.println("read " + file.getFileName() + ": dataset " + dataset.metadata().id() + ", "
                + dataset.publications().size() + " publication(s), " + dataset.events().size() + " event(s)");

        ValidationReport report = GcmValidator.create().validate(dataset);
        System.out.println("validated: " + (report.isValid() ? "valid" : report));

        boolean roundTrips = json.readDataset(json.write(dataset)).equals(dataset);
        System.out.println("written and read back: " + (roundTrips ? "equal" : "DIFFERENT"));

        System.out.println("ReferenceData.objective(1): "
                + ReferenceData.objective(1).name().get(LanguageTag.ENGLISH).orElseThrow());
        System.out.println("JsonSchemas.kinds(): " + JsonSchemas.kinds().size() + " kinds");
        System.out.println("Isbn.parse(\"92-9068-780-0\"): " + Isbn.parse("92-9068-780-0"));

        if (!report.isValid() || !roundTrips) {
            System.exit(1);
        }
    }
}
