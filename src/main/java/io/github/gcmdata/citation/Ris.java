package io.github.gcmdata.citation;

import io.github.gcmdata.model.Dataset;
import io.github.gcmdata.model.PartialDate;
import io.github.gcmdata.model.PublicationGenre;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes the publications of a dataset as RIS, the tagged format that EndNote, Zotero, Mendeley
 * and most library catalogues read: one record per edition, of type {@code BOOK}, or of the type
 * its genre gives ({@code RPRT}, {@code PAMP}, {@code CHAP}).
 *
 * <pre>{@code
 * Dataset dataset = GcmJson.standard().readDataset(Path.of("examples/idm-no-28.json"));
 * Files.writeString(Path.of("idm.ris"), Ris.write(dataset));   // import into Zotero or EndNote
 * }</pre>
 *
 * <p>Each line is a tag, two spaces, a hyphen, a space and the value, ended by CR LF; a record ends
 * with {@code ER  - } and a blank line. The tags are those Zotero reads for a book: {@code AU}
 * authors, {@code A3} editors, {@code A4} translators, {@code TI} title, {@code T2} series (of a
 * chapter: the title of its book, and {@code T3} the series), {@code M1} number in the series, {@code PB} publisher, {@code CY} place, {@code PY} year,
 * {@code DA} date ({@code 2018/11/16/}), {@code SP} number of pages, {@code SN} ISBNs and ISSN,
 * {@code LA} language, {@code UR}, {@code DO}, {@code AB} abstract, {@code KW} keywords.
 * Organisations and states are names as they are, never split into given and family names
 * (no comma); a person is "Family, Given" where the data gives both. RIS has no escapes, so line
 * breaks and other control characters in a value become spaces: a value is always one line, and
 * text cannot start a tag of its own. Text is UTF-8. The output is deterministic.
 *
 * <p>Static methods only; thread-safe.
 */
public final class Ris {

    private static final String CRLF = "\r\n";
    private static final Pattern LINE_BREAKS = Pattern.compile("[\\r\\n\\u0085\\u2028\\u2029]+");

    private Ris() {
    }

    /**
     * Writes every publication of a dataset.
     *
     * @param dataset  the dataset, not null
     * @return the records; empty for a dataset with no publication
     */
    public static String write(Dataset dataset) {
        return write(Citations.entries(dataset));
    }

    /**
     * Writes the editions of one publication of a dataset.
     *
     * @param dataset  the dataset, not null
     * @param publicationId  the identifier of a publication of the dataset, not null
     * @return the records
     * @throws IllegalArgumentException if the dataset holds no publication with that identifier
     */
    public static String write(Dataset dataset, String publicationId) {
        return write(Citations.entries(dataset, publicationId));
    }

    private static String write(List<CitationEntry> entries) {
        StringBuilder out = new StringBuilder();
        for (CitationEntry entry : entries) {
            tag(out, "TY", type(entry.genre()));
            names(out, "AU", entry.authors());
            names(out, "A3", entry.editors());
            names(out, "A4", entry.translators());
            tag(out, "TI", entry.title());
            if (entry.containerTitle() != null) {
                tag(out, "T2", entry.containerTitle());
                tag(out, "T3", entry.seriesTitle());
            } else {
                tag(out, "T2", entry.seriesTitle());
            }
            tag(out, "M1", entry.seriesNumber());
            tag(out, "PB", entry.publishers().isEmpty() ? null : String.join("; ", entry.publishers()));
            tag(out, "CY", entry.place());
            tag(out, "PY", entry.issued() == null ? null : String.valueOf(entry.issued().year().getValue()));
            tag(out, "DA", date(entry.issued()));
            tag(out, "SP", entry.numberOfPages() == null ? null : entry.numberOfPages().toString());
            entry.isbns().forEach(isbn -> tag(out, "SN", isbn));
            tag(out, "SN", entry.issn());
            tag(out, "LA", entry.language() == null ? null : entry.language().tag());
            tag(out, "UR", entry.url());
            tag(out, "DO", entry.doi());
            tag(out, "AB", entry.abstractText());
            entry.keywords().forEach(keyword -> tag(out, "KW", keyword));
            out.append("ER  - ").append(CRLF).append(CRLF);
        }
        return out.toString();
    }

    /** The RIS reference type of a genre; a publication without one is a book. */
    static String type(PublicationGenre genre) {
        if (genre == null) {
            return "BOOK";
        }
        return switch (genre) {
            case BOOK, OTHER -> "BOOK";
            case REPORT, RESEARCH_PAPER, SUMMARY_REPORT -> "RPRT";
            case INFO_SHEET, BROCHURE -> "PAMP";
            case CHAPTER -> "CHAP";
        };
    }

    /** RIS dates: year, month and day separated by slashes, unknown parts empty, and a final slash. */
    private static String date(PartialDate date) {
        if (date == null) {
            return null;
        }
        String year = String.format("%04d", date.year().getValue());
        return switch (date.precision()) {
            case YEAR -> year + "///";
            case MONTH -> String.format("%s/%02d//", year, date.earliestDay().getMonthValue());
            case DAY -> String.format("%s/%02d/%02d/", year, date.earliestDay().getMonthValue(),
                    date.earliestDay().getDayOfMonth());
        };
    }

    private static void names(StringBuilder out, String tag, List<CitationName> names) {
        for (CitationName name : names) {
            tag(out, tag, name.isLiteral() ? name.literal() : name.family() + ", " + name.given());
        }
    }

    private static void tag(StringBuilder out, String tag, String value) {
        if (value != null) {
            out.append(tag).append("  - ").append(oneLine(value)).append(CRLF);
        }
    }

    /** A value on one line: line breaks and other control characters become spaces. */
    static String oneLine(String value) {
        StringBuilder line = new StringBuilder(value.length());
        LINE_BREAKS.matcher(value).replaceAll(" ").codePoints()
                .forEach(c -> line.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
        return line.toString().strip();
    }
}
