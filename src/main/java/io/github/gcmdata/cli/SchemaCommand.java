package io.github.gcmdata.cli;

import io.github.gcmdata.schema.JsonSchemas;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gcm schema [KIND]}: prints the JSON Schema (draft 2020-12) of a dataset or of one record kind. */
@Command(name = "schema",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        usageHelpAutoWidth = true,
        description = {
            "Prints the JSON Schema (draft 2020-12) of the library's JSON format, as bundled in the jar.",
            "What a schema cannot check (check digits, references, date order, ...) only 'gcm validate' checks."
        })
final class SchemaCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "KIND", arity = "0..1", defaultValue = JsonSchemas.DATASET,
            description = "dataset (the default), organisation, state, person, membership, event, publication,"
                    + " publication-series, news-item, objective, guiding-principle or document.")
    private String kind;

    @Override
    public Integer call() {
        if (!JsonSchemas.kinds().contains(kind)) {
            throw new ParameterException(spec.commandLine(),
                    "expected one of " + String.join(", ", JsonSchemas.kinds()) + ", was '" + kind + "'");
        }
        spec.commandLine().getOut().print(JsonSchemas.of(kind));
        spec.commandLine().getOut().flush();
        return ExitCode.OK.code();
    }
}
