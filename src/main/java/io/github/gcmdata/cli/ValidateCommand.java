package io.github.gcmdata.cli;

import io.github.gcmdata.model.RecordKind;
import io.github.gcmdata.validation.GcmValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gcm validate PATH...}: checks files and folders of GCM JSON and prints a report. */
@Command(name = "validate",
        description = {
            "Reads GCM JSON and reports every problem: JSON that cannot be read, broken constraints"
                    + " (check digits, date order, ...), duplicate identifiers and unresolved references.",
            "",
            "A .json file holds one dataset. A .ndjson file holds one record per line, each checked"
                    + " alone (its constraints; references are checked only in datasets); its kind comes from"
                    + " --kind, or else from the file name, such as events.ndjson (see --kind).",
            "A folder is searched recursively for .json and .ndjson files. '-' reads standard input:"
                    + " one dataset, or NDJSON records if --kind is given."
        })
final class ValidateCommand extends Subcommand {

    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "Files (.json: a dataset; .ndjson: records, one per line), folders, or '-' for standard input.")
    private List<String> paths = new ArrayList<>();

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "Report as text (default) or as JSON: {\"valid\", \"files\": [{\"file\", \"valid\","
                    + " \"violations\": [{\"path\", \"code\", \"message\"}]}]}.")
    private String format;

    @Option(names = "--lang", paramLabel = "en|fr|es", defaultValue = "en",
            description = "Language of the violation messages (default: en).")
    private String lang;

    @Option(names = "--kind", paramLabel = "KIND", completionCandidates = Input.KindNames.class,
            description = "Record kind of every .ndjson line and of standard input: one of ${COMPLETION-CANDIDATES}."
                    + " Without it, the kind of a .ndjson file comes from its"
                    + " name: the dataset's property (events.ndjson, newsItems.ndjson) or the kind (event.ndjson),"
                    + " after an optional prefix that ends in a dot (as in idm-2022.events.ndjson).")
    private String kind;

    @Option(names = "--standalone",
            description = "Every reference of a dataset must resolve in the dataset itself. Without it, a reference"
                    + " the dataset does not resolve may name a record of the bundled reference data (iom, CHE or CH,"
                    + " A/RES/73/195, ...).")
    private boolean standalone;

    private final InputStream stdin;

    ValidateCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    @Override
    public Integer call() {
        ReportWriter writer = ReportWriter.ofOption(format);
        if (writer == null) {
            throw usage("--format should be text or json, was '" + format + "'");
        }
        if (!List.of("en", "fr", "es").contains(lang)) {
            throw usage("--lang should be en, fr or es, was '" + lang + "'");
        }
        RecordKind kindOption = null;
        if (kind != null) {
            kindOption = Input.kindOfName(kind)
                    .orElseThrow(() -> usage("--kind should be one of " + Input.kindNames() + ", was '" + kind + "'"));
        }
        PrintWriter err = err();
        List<Input> inputs;
        try {
            inputs = collect(kindOption);
        } catch (UnreadablePath e) {
            err.println("gcm validate: " + e.getMessage());
            return ExitCode.USAGE.code();
        }

        Checker checker = new Checker(GcmValidator.create(Locale.forLanguageTag(lang)).withReferenceData(!standalone));
        List<FileReport> reports = new ArrayList<>();
        boolean unreadable = false;
        for (Input input : inputs) {
            // Files are streamed: JSON lines a line at a time, large datasets element by element.
            try {
                reports.add(input.path() == null ? checker.check(input, stdin) : checker.check(input, input.path()));
            } catch (IOException e) {
                err.println("gcm validate: cannot read " + input.name() + ": " + reason(e));
                unreadable = true;
            } catch (OutOfMemoryError e) {
                // Standard input larger than the heap can hold: nothing of it is kept.
                err.println("gcm validate: cannot read " + input.name() + ": too large to hold in memory");
                unreadable = true;
            }
        }
        writer.write(reports, out());
        if (unreadable) {
            return ExitCode.USAGE.code();
        }
        return reports.stream().allMatch(FileReport::valid) ? ExitCode.OK.code() : ExitCode.INVALID.code();
    }

    /** Every input, in the order of the arguments; the files of a folder sorted by path. */
    private List<Input> collect(RecordKind kindOption) throws UnreadablePath {
        List<Input> inputs = new ArrayList<>();
        for (String argument : paths) {
            if (argument.equals("-")) {
                inputs.add(new Input(Input.STDIN, null, kindOption));
                continue;
            }
            Path path;
            try {
                path = Paths.get(argument);
            } catch (InvalidPathException e) {
                throw new UnreadablePath(argument + ": not a valid path");
            }
            if (Files.isDirectory(path)) {
                List<Path> files = filesUnder(path);
                if (files.isEmpty()) {
                    throw new UnreadablePath("no .json or .ndjson file in folder " + argument);
                }
                for (Path file : files) {
                    inputs.add(input(file, kindOption));
                }
            } else if (Files.isRegularFile(path)) {
                if (!Files.isReadable(path)) {
                    throw new UnreadablePath("cannot read " + argument + ": permission denied");
                }
                inputs.add(input(path, kindOption));
            } else if (Files.exists(path)) {
                throw new UnreadablePath("cannot read " + argument + ": not a file or a folder");
            } else {
                throw new UnreadablePath("cannot read " + argument + ": no such file or folder");
            }
        }
        return inputs;
    }

    private static Input input(Path file, RecordKind kindOption) throws UnreadablePath {
        String name = file.toString();
        String fileName = file.getFileName().toString();
        if (!isNdjson(fileName)) {
            return new Input(name, file, null);
        }
        if (kindOption != null) {
            return new Input(name, file, kindOption);
        }
        RecordKind kind = Input.kindOfFileName(fileName)
                .orElseThrow(() -> new UnreadablePath("cannot tell the record kind of " + name
                        + ": give --kind, or name the file after the kind (" + Input.fileNames() + ")"));
        return new Input(name, file, kind);
    }

    private static List<Path> filesUnder(Path folder) throws UnreadablePath {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(file -> {
                        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                        return name.endsWith(".json") || name.endsWith(".ndjson");
                    })
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException | UncheckedIOException e) {
            IOException cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : (IOException) e;
            throw new UnreadablePath("cannot read folder " + folder + ": " + reason(cause));
        }
    }

    private static boolean isNdjson(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".ndjson");
    }

    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message.replace('\n', ' ');
    }

    /** A path named on the command line that cannot be read: exit code 2. */
    private static final class UnreadablePath extends Exception {

        private static final long serialVersionUID = 1L;

        UnreadablePath(String message) {
            super(message);
        }
    }
}
