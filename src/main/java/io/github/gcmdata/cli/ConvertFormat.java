package io.github.gcmdata.cli;

import io.github.gcmdata.citation.BibTex;
import io.github.gcmdata.citation.CslJson;
import io.github.gcmdata.citation.Ris;
import io.github.gcmdata.icalendar.ICalendarWriter;
import io.github.gcmdata.identifier.LanguageTag;
import io.github.gcmdata.jsonld.JsonLdWriter;
import io.github.gcmdata.model.Dataset;
import io.github.gcmdata.model.RecordKind;
import java.net.URI;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The formats {@code gcm convert --to} writes, and which records each can hold. */
enum ConvertFormat {
    JSONLD("jsonld", null, "every record"),
    ICS("ics", RecordKind.EVENT, "events with full dates"),
    CSL("csl", RecordKind.PUBLICATION, "publications"),
    BIBTEX("bibtex", RecordKind.PUBLICATION, "publications"),
    RIS("ris", RecordKind.PUBLICATION, "publications");

    private final String formatName;
    private final RecordKind held;
    private final String holds;

    ConvertFormat(String formatName, RecordKind held, String holds) {
        this.formatName = formatName;
        this.held = held;
        this.holds = holds;
    }

    /** The name {@code --to} takes. */
    String formatName() {
        return formatName;
    }

    /** The kind of record this format holds, or null for every kind. */
    RecordKind held() {
        return held;
    }

    /** What the format holds, for messages: "events with full dates". */
    String holds() {
        return holds;
    }

    /** Every record the format can hold. */
    String write(Dataset dataset, LanguageTag language, URI base) {
        return switch (this) {
            case JSONLD -> jsonLd(language, base).write(dataset);
            case ICS -> calendar(language, base).write(dataset);
            case CSL -> CslJson.write(dataset);
            case BIBTEX -> BibTex.write(dataset);
            case RIS -> Ris.write(dataset);
        };
    }

    /** The record with the identifier, which the caller has checked the format can hold. */
    String write(Dataset dataset, String id, LanguageTag language, URI base) {
        return switch (this) {
            case JSONLD -> jsonLd(language, base).write(dataset, id);
            case ICS -> calendar(language, base).write(dataset, id);
            case CSL -> CslJson.write(dataset, id);
            case BIBTEX -> BibTex.write(dataset, id);
            case RIS -> Ris.write(dataset, id);
        };
    }

    private static JsonLdWriter jsonLd(LanguageTag language, URI base) {
        JsonLdWriter.Builder builder = JsonLdWriter.builder();
        if (language != null) {
            builder.language(language);
        }
        return base == null ? builder.build() : builder.base(base).build();
    }

    private static ICalendarWriter calendar(LanguageTag language, URI base) {
        ICalendarWriter.Builder builder = ICalendarWriter.builder();
        if (language != null) {
            builder.language(language);
        }
        return base == null ? builder.build() : builder.base(base).build();
    }

    static Optional<ConvertFormat> ofName(String name) {
        return Arrays.stream(values()).filter(format -> format.formatName.equalsIgnoreCase(name)).findFirst();
    }

    static String names() {
        return Arrays.stream(values()).map(ConvertFormat::formatName).collect(Collectors.joining("|"));
    }
}
