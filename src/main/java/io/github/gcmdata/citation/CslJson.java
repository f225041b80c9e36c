package io.github.gcmdata.citation;

import io.github.gcmdata.json.GcmJson;
import io.github.gcmdata.model.BookFormat;
import io.github.gcmdata.model.Dataset;
import io.github.gcmdata.model.PartialDate;
import io.github.gcmdata.model.PublicationGenre;
import java.util.List;
import java.util.stream.Collectors;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the publications of a dataset as CSL-JSON, the input of Zotero, Pandoc and every citeproc
 * (the Citation Style Language's schema {@code csl-data.json}): one item per edition, in the
 * edition's language, of type {@code book}, or of the type its genre gives ({@code report},
 * {@code pamphlet}, {@code chapter} with the title of its book as {@code container-title}).
 *
 * <pre>{@code
 * Dataset dataset = GcmJson.standard().readDataset(Path.of("examples/idm-no-28.json"));
 * String items = CslJson.write(dataset);                  // every publication, one item per edition
 * String one = CslJson.write(dataset, "idm-no-28");       // the editions of one publication
 * Files.writeString(Path.of("idm.json"), items);          // then: pandoc --citeproc --bibliography idm.json
 * }</pre>
 *
 * <p>Organisations and states are authors, editors and publishers as literal names, never split
 * into given and family names; a person is split only where the data gives both parts. Each item
 * has the ISBNs of its edition, the ISSN of its series in its language, the series' title and the
 * number in it ({@code collection-title}, {@code collection-number}), its language, publishers and
 * place (the imprint's place, else the city of the first publisher's headquarters), and the day the
 * edition was made available online ({@code available-date}). Item identifiers are the publication's
 * identifier and the edition's language tag ({@code idm-no-28-fr}), unique and the same on every
 * run. The output is deterministic: the same dataset gives the same bytes.
 *
 * <p>Static methods only; thread-safe.
 */
public final class CslJson {

    private CslJson() {
    }

    /**
     * Writes every publication of a dataset.
     *
     * @param dataset  the dataset, not null
     * @return a CSL-JSON array, pretty-printed, ending with a line end; {@code []} for a dataset with
     *     no publication
     */
    public static String write(Dataset dataset) {
        return write(Citations.entries(dataset));
    }

    /**
     * Writes the editions of one publication of a dataset.
     *
     * @param dataset  the dataset, not null
     * @param publicationId  the identifier of a publication of the dataset, not null
     * @return a CSL-JSON array, pretty-printed, ending with a line end
     * @throws IllegalArgumentException if the dataset holds no publication with that identifier
     */
    public static String write(Dataset dataset, String publicationId) {
        return write(Citations.entries(dataset, publicationId));
    }

    private static String write(List<CitationEntry> entries) {
        ArrayNode items = JsonNodeFactory.instance.arrayNode();
        entries.forEach(entry -> items.add(item(entry)));
        return GcmJson.pretty().write(items);
    }

    private static ObjectNode item(CitationEntry entry) {
        ObjectNode item = JsonNodeFactory.instance.objectNode();
        item.put("id", entry.key());
        item.put("type", type(entry.genre()));
        putText(item, "title", entry.title());
        putText(item, "container-title", entry.containerTitle());
        putNames(item, "author", entry.authors());
        putNames(item, "editor", entry.editors());
        putNames(item, "translator", entry.translators());
        putNames(item, "contributor", entry.contributors());
        putText(item, "collection-title", entry.seriesTitle());
        putText(item, "collection-number", entry.seriesNumber());
        putText(item, "publisher", entry.publishers().isEmpty() ? null : String.join("; ", entry.publishers()));
        putText(item, "publisher-place", entry.place());
        if (entry.issued() != null) {
            item.set("issued", date(entry.issued()));
        }
        if (entry.available() != null) {
            item.set("available-date", date(entry.available()));
        }
        if (entry.numberOfPages() != null) {
            item.put("number-of-pages", entry.numberOfPages());
        }
        putText(item, "ISBN", entry.isbns().isEmpty() ? null : String.join(" ", entry.isbns()));
        putText(item, "ISSN", entry.issn());
        putText(item, "language", entry.language() == null ? null : entry.language().tag());
        putText(item, "medium", entry.formats().isEmpty() ? null
                : entry.formats().stream().map(CslJson::medium).collect(Collectors.joining(", ")));
        putText(item, "URL", entry.url());
        putText(item, "DOI", entry.doi());
        putText(item, "abstract", entry.abstractText());
        putText(item, "keyword", entry.keywords().isEmpty() ? null : String.join(", ", entry.keywords()));
        return item;
    }

    /** CSL's "medium": the physical format, in words. */
    static String medium(BookFormat format) {
        return switch (format) {
            case PRINT -> "print";
            case PDF -> "PDF";
            case EBOOK -> "e-book";
            case ELECTRONIC -> "electronic";
        };
    }

    /** The CSL item type of a genre; a publication without one is a book. */
    static String type(PublicationGenre genre) {
        if (genre == null) {
            return "book";
        }
        return switch (genre) {
            case BOOK, OTHER -> "book";
            case REPORT, RESEARCH_PAPER, SUMMARY_REPORT -> "report";
            case INFO_SHEET, BROCHURE -> "pamphlet";
            case CHAPTER -> "chapter";
        };
    }

    private static ObjectNode date(PartialDate date) {
        ArrayNode parts = JsonNodeFactory.instance.arrayNode();
        parts.add(date.year().getValue());
        switch (date.precision()) {
            case YEAR -> { }
            case MONTH -> parts.add(date.earliestDay().getMonthValue());
            case DAY -> parts.add(date.earliestDay().getMonthValue()).add(date.earliestDay().getDayOfMonth());
        }
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.set("date-parts", JsonNodeFactory.instance.arrayNode().add(parts));
        return node;
    }

    private static void putNames(ObjectNode item, String field, List<CitationName> names) {
        if (names.isEmpty()) {
            return;
        }
        ArrayNode array = item.putArray(field);
        for (CitationName name : names) {
            ObjectNode node = array.addObject();
            if (name.isLiteral()) {
                node.put("literal", name.literal());
            } else {
                node.put("family", name.family());
                node.put("given", name.given());
            }
        }
    }

    private static void putText(ObjectNode item, String field, String value) {
        if (value != null) {
            item.put(field, value);
        }
    }
}
