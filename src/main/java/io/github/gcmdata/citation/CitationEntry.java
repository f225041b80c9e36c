package io.github.gcmdata.citation;

import io.github.gcmdata.identifier.LanguageTag;
import io.github.gcmdata.model.BookFormat;
import io.github.gcmdata.model.PartialDate;
import java.util.List;

/**
 * One citable item, an edition of a publication (or a publication that lists no edition), with
 * every reference followed and every text chosen in the item's language: what the three citation
 * formats share, so that a new field of the model is one line here and one in each writer.
 *
 * @param key  the citation key, unique among the entries written together and stable across runs
 * @param language  the language of the edition, or null when the data does not say
 * @param title  the title, or null
 * @param authors  the authors
 * @param editors  the editors
 * @param translators  the translators
 * @param contributors  the other contributors
 * @param seriesTitle  the title of the series, or null
 * @param seriesNumber  the number in the series, such as {@code 28}, or null
 * @param isbns  the ISBNs, as 13 digits
 * @param issn  the ISSN of the series in the edition's language, or null
 * @param publishers  the publishers' names
 * @param place  the place of publication, or null
 * @param issued  when it was published, or null
 * @param numberOfPages  the number of pages, or null
 * @param url  the address of the edition, or null
 * @param doi  the DOI, or null
 * @param abstractText  the abstract in the edition's language, or null
 * @param keywords  the themes
 * @param formats  the formats the edition comes in
 */
record CitationEntry(
        String key,
        LanguageTag language,
        String title,
        List<CitationName> authors,
        List<CitationName> editors,
        List<CitationName> translators,
        List<CitationName> contributors,
        String seriesTitle,
        String seriesNumber,
        List<String> isbns,
        String issn,
        List<String> publishers,
        String place,
        PartialDate issued,
        Integer numberOfPages,
        String url,
        String doi,
        String abstractText,
        List<String> keywords,
        List<BookFormat> formats) {
}
