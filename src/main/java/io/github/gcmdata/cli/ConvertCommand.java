package io.github.gcmdata.cli;

import io.github.gcmdata.icalendar.ICalendarWriter;
import io.github.gcmdata.identifier.LanguageTag;
import io.github.gcmdata.internal.AtomicFiles;
import io.github.gcmdata.json.GcmJson;
import io.github.gcmdata.json.GcmJsonException;
import io.github.gcmdata.model.Dataset;
import io.github.gcmdata.model.Event;
import io.github.gcmdata.model.RecordKind;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code gcm convert --to jsonld|ics|csl|bibtex|ris FILE [--id ID] [--out FILE]}: writes a dataset,
 * or one record of it, in a format other programs read.
 */
@Command(name = "convert",
        description = {
            "Writes the records of a dataset file in another format: schema.org JSON-LD for web pages (jsonld),"
                    + " iCalendar for calendars (ics: events and their agendas), CSL-JSON, BibTeX or RIS for"
                    + " bibliographies (csl, bibtex, ris: publications, one entry per edition).",
            "",
            "The same file gives the same bytes on every run. --out replaces its file in one atomic step."
                    + " A record the format cannot hold (a calendar of a publication) is a usage error."
        })
final class ConvertCommand extends Subcommand {

    private static final List<String> LANGUAGES = List.of("en", "fr", "es");

    @Option(names = "--to", required = true, paramLabel = "jsonld|ics|csl|bibtex|ris",
            description = "The format to write.")
    private String to;

    @Parameters(paramLabel = "FILE", arity = "1", description = "A JSON file holding one dataset.")
    private Path file;

    @Option(names = "--id", paramLabel = "ID",
            description = "Write only the record with this identifier (an event for ics, a publication for"
                    + " csl, bibtex and ris; any record for jsonld). Without it, every record the format can hold.")
    private String id;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write to this file instead of standard output.")
    private Path out;

    @Option(names = "--lang", paramLabel = "en|fr|es",
            description = "jsonld and ics: texts in this language (falling back to English, then to any language"
                    + " the data has). Without it, jsonld keeps every language and ics takes English first.")
    private String lang;

    @Option(names = "--base", paramLabel = "IRI",
            description = "jsonld and ics: the base of the records' IRIs and UIDs, ending with '/'."
                    + " Default: https://gcmdata.github.io/gcm-reference-data/id/")
    private URI base;

    @Override
    public Integer call() {
        ConvertFormat format = ConvertFormat.ofName(to)
                .orElseThrow(() -> usage("--to should be one of " + ConvertFormat.names() + ", was '" + to + "'"));
        if (lang != null && !LANGUAGES.contains(lang)) {
            throw usage("--lang should be en, fr or es, was '" + lang + "'");
        }
        if (base != null && (!base.isAbsolute() || !base.toString().endsWith("/"))) {
            throw usage("--base should be an absolute IRI ending with '/', was '" + base + "'");
        }
        PrintWriter err = err();
        Dataset dataset;
        try {
            dataset = GcmJson.standard().readDataset(file);
        } catch (GcmJsonException e) {
            err.println("gcm convert: " + file + " is not a readable dataset: " + oneLine(e.getMessage()));
            return ExitCode.INVALID.code();
        } catch (UncheckedIOException e) {
            err.println("gcm convert: cannot read " + file + ": " + reason(e.getCause()));
            return ExitCode.USAGE.code();
        }
        Optional<String> refusal = refusal(format, dataset);
        if (refusal.isPresent()) {
            err.println("gcm convert: " + refusal.get());
            return ExitCode.USAGE.code();
        }
        LanguageTag language = lang == null ? null : LanguageTag.parse(lang);
        String text = id == null ? format.write(dataset, language, base) : format.write(dataset, id, language, base);
        if (out == null) {
            out().print(text);
            out().flush();
            return ExitCode.OK.code();
        }
        try {
            AtomicFiles.write(out, text.getBytes(StandardCharsets.UTF_8));
        } catch (UncheckedIOException e) {
            err.println("gcm convert: cannot write " + out + ": " + reason(e.getCause()));
            return ExitCode.USAGE.code();
        }
        return ExitCode.OK.code();
    }

    /** Why the format cannot hold what was asked, or empty if it can. */
    private Optional<String> refusal(ConvertFormat format, Dataset dataset) {
        RecordKind held = format.held();
        if (id == null) {
            boolean none = format == ConvertFormat.ICS
                    ? dataset.events().stream().noneMatch(ICalendarWriter::canHold)
                    : held != null && held.records(dataset).isEmpty();
            return none ? Optional.of(format.formatName() + " holds " + format.holds() + ", and " + file
                    + " has none") : Optional.empty();
        }
        List<RecordKind> kinds = Arrays.stream(RecordKind.values())
                .filter(kind -> kind.records(dataset).stream().map(kind::identifier).anyMatch(id::equals))
                .collect(Collectors.toList());
        if (kinds.isEmpty()) {
            return Optional.of(file + " has no record with the id '" + id + "'");
        }
        if (held != null && !kinds.contains(held)) {
            return Optional.of(format.formatName() + " holds " + format.holds() + ", and the record '" + id + "' of "
                    + file + " is a " + kinds.stream().map(RecordKind::kindName).collect(Collectors.joining(" and a ")));
        }
        if (format == ConvertFormat.ICS) {
            Event event = dataset.events().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
            if (!ICalendarWriter.canHold(event)) {
                return Optional.of("ics holds events with full dates, and the event '" + id + "' is known only from "
                        + event.startDate() + (event.endDate() == null ? "" : " to " + event.endDate()));
            }
        }
        return Optional.empty();
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : oneLine(message);
    }
}
