package io.github.gcmdata.cli;

import io.github.gcmdata.schema.JsonSchemas;
import java.util.Iterator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code gcm schema [KIND]}: prints the JSON Schema (draft 2020-12) of a dataset or of one record kind. */
@Command(name = "schema",
        description = {
            "Prints the JSON Schema (draft 2020-12) of the library's JSON format, as bundled in the jar.",
            "What a schema cannot check (check digits, references, date order, ...) only 'gcm validate' checks."
        })
final class SchemaCommand extends Subcommand {

    @Parameters(paramLabel = "KIND", arity = "0..1", defaultValue = JsonSchemas.DATASET,
            completionCandidates = SchemaKinds.class,
            description = "One of ${COMPLETION-CANDIDATES}; ${DEFAULT-VALUE} when left out.")
    private String kind;

    /** The kinds {@link JsonSchemas} has a schema for, for the help. */
    static final class SchemaKinds implements Iterable<String> {

        @Override
        public Iterator<String> iterator() {
            return JsonSchemas.kinds().iterator();
        }
    }

    @Override
    public Integer call() {
        if (!JsonSchemas.kinds().contains(kind)) {
            throw usage(
                    "expected one of " + String.join(", ", JsonSchemas.kinds()) + ", was '" + kind + "'");
        }
        out().print(JsonSchemas.of(kind));
        out().flush();
        return ExitCode.OK.code();
    }
}
