package io.github.gcmdata.cli;

import io.github.gcmdata.diff.DatasetDiff;
import io.github.gcmdata.diff.RecordChange;
import io.github.gcmdata.json.GcmJson;
import io.github.gcmdata.json.GcmJsonException;
import io.github.gcmdata.model.Dataset;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code gcm diff OLD NEW}: lists the records that two datasets hold differently, by kind and
 * identifier, with the JSON Pointer of each changed value ({@link DatasetDiff}).
 */
@Command(name = "diff",
        description = {
            "Lists what changed between two datasets: the metadata's changed values, then per record kind the"
                    + " records removed, added and changed, by identifier, with the JSON Pointer of each changed"
                    + " value, such as: state CHE changed /name/ar",
            "A file that cannot be read as a dataset exits with 2 and one line on standard error."
        })
final class DiffCommand extends Subcommand {

    @Parameters(index = "0", paramLabel = "OLD", description = "The old dataset (.json).")
    private Path older;

    @Parameters(index = "1", paramLabel = "NEW", description = "The new dataset (.json).")
    private Path newer;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "Report as text (default), a line per record, or as JSON: {\"identical\", \"metadata\": [pointers],"
                    + " \"changes\": [{\"kind\", \"id\", \"pointer\", \"change\", \"fields\"}]}.")
    private String format;

    @Override
    public Integer call() {
        if (!format.equals("text") && !format.equals("json")) {
            throw usage("--format should be text or json, was '" + format + "'");
        }
        PrintWriter err = err();
        Dataset old;
        Dataset current;
        try {
            old = read(older);
            current = read(newer);
        } catch (Unreadable e) {
            err.println("gcm diff: " + e.getMessage());
            return ExitCode.USAGE.code();
        }
        DatasetDiff diff = DatasetDiff.between(old, current);
        PrintWriter out = out();
        if (format.equals("json")) {
            out.print(GcmJson.pretty().write(json(diff)));
        } else {
            out.print(diff);
            out.println(summary(diff));
        }
        out.flush();
        return diff.isEmpty() ? ExitCode.SAME.code() : ExitCode.DIFFERENT.code();
    }

    private static Dataset read(Path file) throws Unreadable {
        if (!Files.isRegularFile(file)) {
            throw new Unreadable("cannot read " + file + ": no such file");
        }
        try {
            return GcmJson.standard().readDataset(file);
        } catch (GcmJsonException e) {
            throw new Unreadable(file + " is not a dataset: " + e.getMessage());
        } catch (UncheckedIOException e) {
            throw new Unreadable("cannot read " + file + ": " + e.getCause().getMessage());
        }
    }

    private static String summary(DatasetDiff diff) {
        if (diff.isEmpty()) {
            return "The datasets hold the same data.";
        }
        long added = count(diff, RecordChange.Change.ADDED);
        long removed = count(diff, RecordChange.Change.REMOVED);
        long changed = count(diff, RecordChange.Change.CHANGED);
        return added + " added, " + removed + " removed, " + changed + " changed"
                + (diff.metadataFields().isEmpty() ? "" : "; metadata changed") + ".";
    }

    private static long count(DatasetDiff diff, RecordChange.Change change) {
        return diff.changes().stream().filter(record -> record.change() == change).count();
    }

    private static ObjectNode json(DatasetDiff diff) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("identical", diff.isEmpty());
        ArrayNode metadata = root.putArray("metadata");
        diff.metadataFields().forEach(metadata::add);
        ArrayNode changes = root.putArray("changes");
        for (RecordChange change : diff.changes()) {
            ObjectNode node = changes.addObject();
            node.put("kind", change.kind().kindName());
            node.put("id", change.identifier());
            node.put("pointer", change.pointer());
            node.put("change", change.change().name().toLowerCase(Locale.ROOT));
            ArrayNode fields = node.putArray("fields");
            change.fields().forEach(fields::add);
        }
        return root;
    }

    /** A file that is no readable dataset: one line for standard error. */
    private static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable(String message) {
            super(message, null, false, false);
        }
    }
}
