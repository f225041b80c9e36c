package io.github.gcmdata.citation;

import io.github.gcmdata.model.Dataset;
import io.github.gcmdata.model.PartialDate;
import io.github.gcmdata.model.PublicationGenre;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Writes the publications of a dataset as BibTeX: one entry per edition, with the fields of BibTeX
 * and those biblatex adds ({@code date}, {@code pagetotal}, {@code isbn}, {@code issn},
 * {@code language}, {@code origlanguage}, {@code url}, {@code doi}). An entry is a {@code @book},
 * or of the biblatex type its genre gives: {@code @report}, {@code @booklet}, or {@code @inbook}
 * with the title of its book as {@code booktitle}. A report names its publishers as its
 * {@code institution}, as biblatex asks.
 *
 * <pre>{@code
 * Dataset dataset = GcmJson.standard().readDataset(Path.of("examples/idm-no-28.json"));
 * String bib = BibTex.write(dataset);                     // every publication, one entry per edition
 * Files.writeString(Path.of("idm.bib"), bib);             // then: \addbibresource{idm.bib}, \cite{idm-no-28-fr}
 * }</pre>
 *
 * <p>Text is UTF-8 and keeps its accented letters as they are (use biber, or a UTF-8 input
 * encoding). LaTeX's special characters are escaped so that a value reads back as the same text:
 * {@code # $ % & _} as {@code \#} and so on, {@code \ { } ^ ~} as {@code \textbackslash{}},
 * {@code \textbraceleft{}}, {@code \textbraceright{}}, {@code \textasciicircum{}},
 * {@code \textasciitilde{}} (an escaped brace would still count for BibTeX's brace matching), and
 * line breaks become spaces; {@code url} and {@code doi} are verbatim fields and stay as they are.
 * Organisations and states are authors and editors as one name in braces
 * ({@code {International Organization for Migration}}), never split into given and family names. Titles and series are in double braces, so that styles keep their capitals as printed.
 * Keys are the publication's identifier and the edition's language tag ({@code idm-no-28-fr}),
 * unique within the output and the same on every run. The output is deterministic.
 *
 * <p>Static methods only; thread-safe.
 */
public final class BibTex {

    private static final Pattern LINE_BREAKS = Pattern.compile("[\\r\\n\\u0085\\u2028\\u2029]+");
    private static final Pattern AND = Pattern.compile("(?i)(^|\\s)and(\\s|$)");

    private BibTex() {
    }

    /**
     * Writes every publication of a dataset.
     *
     * @param dataset  the dataset, not null
     * @return the entries, each ended by a blank line; empty for a dataset with no publication
     */
    public static String write(Dataset dataset) {
        return write(Citations.entries(dataset));
    }

    /**
     * Writes the editions of one publication of a dataset.
     *
     * @param dataset  the dataset, not null
     * @param publicationId  the identifier of a publication of the dataset, not null
     * @return the entries, each ended by a blank line
     * @throws IllegalArgumentException if the dataset holds no publication with that identifier
     */
    public static String write(Dataset dataset, String publicationId) {
        return write(Citations.entries(dataset, publicationId));
    }

    private static String write(List<CitationEntry> entries) {
        StringBuilder out = new StringBuilder();
        for (CitationEntry entry : entries) {
            String type = type(entry.genre());
            out.append('@').append(type).append('{').append(entry.key()).append(",\n");
            names(out, "author", entry.authors());
            names(out, "editor", entry.editors());
            names(out, "translator", entry.translators());
            field(out, "title", entry.title() == null ? null : "{" + escape(entry.title()) + "}");
            field(out, "booktitle", entry.containerTitle() == null ? null : "{" + escape(entry.containerTitle()) + "}");
            field(out, "series", entry.seriesTitle() == null ? null : "{" + escape(entry.seriesTitle()) + "}");
            text(out, "number", entry.seriesNumber());
            // biblatex names who issues a report its institution, and has no publisher for one.
            text(out, type.equals("report") ? "institution" : "publisher",
                    entry.publishers().isEmpty() ? null : String.join(" and ", entry.publishers()));
            text(out, "address", entry.place());
            text(out, "year", entry.issued() == null ? null : String.valueOf(entry.issued().year().getValue()));
            text(out, "date", date(entry.issued()));
            text(out, "pagetotal", entry.numberOfPages() == null ? null : entry.numberOfPages().toString());
            text(out, "isbn", entry.isbns().isEmpty() ? null : String.join(", ", entry.isbns()));
            text(out, "issn", entry.issn());
            text(out, "language", entry.language() == null ? null : entry.language().tag());
            text(out, "origlanguage", entry.originalLanguage() == null ? null : entry.originalLanguage().tag());
            field(out, "url", entry.url());
            field(out, "doi", entry.doi() == null ? null : verbatim(entry.doi()));
            text(out, "abstract", entry.abstractText());
            text(out, "keywords", entry.keywords().isEmpty() ? null : String.join(", ", entry.keywords()));
            out.setLength(out.length() - 2);
            out.append("\n}\n\n");
        }
        return out.toString();
    }

    /** The biblatex entry type of a genre; a publication without one is a book. */
    static String type(PublicationGenre genre) {
        if (genre == null) {
            return "book";
        }
        return switch (genre) {
            case BOOK, OTHER -> "book";
            case REPORT, RESEARCH_PAPER, SUMMARY_REPORT -> "report";
            case INFO_SHEET, BROCHURE -> "booklet";
            case CHAPTER -> "inbook";
        };
    }

    private static String date(PartialDate date) {
        return date == null ? null : date.toString();
    }

    private static void names(StringBuilder out, String field, List<CitationName> names) {
        if (!names.isEmpty()) {
            field(out, field, names.stream().map(BibTex::name).collect(Collectors.joining(" and ")));
        }
    }

    /** A name as BibTeX parses it: an organisation in braces, a person as "Family, Given". */
    private static String name(CitationName name) {
        if (name.isLiteral()) {
            return "{" + escape(name.literal()) + "}";
        }
        return part(name.family()) + ", " + part(name.given());
    }

    /** A part of a person's name, in braces where a comma or the word "and" would split it. */
    private static String part(String part) {
        String escaped = escape(part);
        return part.contains(",") || AND.matcher(part).find() ? "{" + escaped + "}" : escaped;
    }

    private static void text(StringBuilder out, String field, String value) {
        field(out, field, value == null ? null : escape(value));
    }

    private static void field(StringBuilder out, String field, String value) {
        if (value != null) {
            out.append("  ").append(field).append(" = {").append(value).append("},\n");
        }
    }

    /**
     * A value of a verbatim field ({@code url}, {@code doi}), which biber and the url package read
     * as it is: only what BibTeX itself would misread is percent-encoded. A URL cannot hold these
     * characters at all; a DOI rarely does.
     */
    private static String verbatim(String value) {
        return value.replace("{", "%7B").replace("}", "%7D").replace("\\", "%5C");
    }

    /**
     * Escapes LaTeX's special characters and turns line breaks and other control characters into
     * spaces; every other character, accented letters included, stays as it is.
     *
     * @param text  the text, not null
     * @return the text as LaTeX reads it back, not null
     */
    static String escape(String text) {
        String oneLine = LINE_BREAKS.matcher(text).replaceAll(" ");
        StringBuilder escaped = new StringBuilder(oneLine.length() + 16);
        oneLine.codePoints().forEach(c -> {
            switch (c) {
                case '\\' -> escaped.append("\\textbackslash{}");
                case '{' -> escaped.append("\\textbraceleft{}");
                case '}' -> escaped.append("\\textbraceright{}");
                case '^' -> escaped.append("\\textasciicircum{}");
                case '~' -> escaped.append("\\textasciitilde{}");
                case '#', '$', '%', '&', '_' -> escaped.append('\\').appendCodePoint(c);
                default -> escaped.appendCodePoint(Character.isISOControl(c) ? ' ' : c);
            }
        });
        return escaped.toString();
    }
}
