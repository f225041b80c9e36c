package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.gcmdata.constraints.KnownLanguage;
import io.github.gcmdata.constraints.NotInFuture;
import io.github.gcmdata.constraints.ValidIssn;
import io.github.gcmdata.constraints.ValidText;
import io.github.gcmdata.constraints.WebUrl;
import io.github.gcmdata.identifier.Issn;
import io.github.gcmdata.identifier.LanguageTag;
import io.github.gcmdata.identifier.Url;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import java.util.List;

/**
 * A language edition of a publication: its title, ISBNs, series ISSN, page count and formats.
 *
 * <p>The English, French and Spanish editions of one volume differ in all of these: IDM No. 28 has
 * 130 pages and ISSN 1726-2224 in English, 144 pages and ISSN 1726-4030 in French.
 *
 * <p>Immutable: lists are copied on the way in and never null; a missing list is empty.
 *
 * @param inLanguage  the language of the edition, not null
 * @param name  the title of the edition, or null
 * @param isbns  its ISBNs
 * @param issn  the ISSN of the series in this language, or null
 * @param numberOfPages  the page count, or null
 * @param bookFormats  the formats it is available in
 * @param datePublished  when this edition appeared, or null
 * @param url  where to get it, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Edition(
        @JsonProperty(required = true) @KnownLanguage LanguageTag inLanguage,
        @ValidText LocalizedText name,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid EditionIsbn> isbns,
        @ValidIssn Issn issn,
        @Positive(message = "{gcm.pages.notPositive}") Integer numberOfPages,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<BookFormat> bookFormats,
        @NotInFuture PartialDate datePublished,
        @WebUrl Url url) {

    /**
     * Checks that required components are present and copies the lists.
     *
     * @throws NullPointerException if a required component is null, or a list holds a null
     */
    public Edition {
        Components.required(inLanguage, "inLanguage");
        isbns = Components.copy(isbns, "isbns");
        bookFormats = Components.copy(bookFormats, "bookFormats");
    }
}
