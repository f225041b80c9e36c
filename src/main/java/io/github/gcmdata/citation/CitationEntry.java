package io.github.gcmdata.citation;

import io.github.gcmdata.identifier.LanguageTag;
import io.github.gcmdata.model.BookFormat;
import io.github.gcmdata.model.PartialDate;
import io.github.gcmdata.model.PublicationGenre;
import java.util.List;

/**
 * One citable item, an edition of a publication (or a publication that lists no edition), with
 * every reference followed and every text chosen in the item's language: what the three citation
 * formats share, so that a new field of the model is one line here and one in each writer.
 *
 * @param key  the citation key, unique among the entries written together and stable across runs
 * @param genre  the kind of publication, or null (a book, to the writers)
 * @param language  the language of the edition, or null when the data does not say
 * @param originalLanguage  the language the work was written in, or null
 * @param title  the title, or null
 * @param containerTitle  the title of the book that a chapter is part of, or null
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
 * @param available  when the edition was made available online, or null
 * @param numberOfPages  the number of pages, or null
 * @param url  the address of the edition, or null
 * @param doi  the DOI, or null
 * @param abstractText  the abstract in the edition's language, or null
 * @param keywords  the themes
 * @param formats  the formats the edition comes in
 */
record CitationEntry(
        String key,
        PublicationGenre genre,
        LanguageTag language,
        LanguageTag originalLanguage,
        String title,
        String containerTitle,
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
        PartialDate available,
        Integer numberOfPages,
        String url,
        String doi,
        String abstractText,
        List<String> keywords,
        List<BookFormat> formats) {
}
