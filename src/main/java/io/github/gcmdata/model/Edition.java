package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.gcmdata.constraints.CorrectCheckDigit;
import io.github.gcmdata.constraints.KnownLanguage;
import io.github.gcmdata.constraints.NonBlankText;
import io.github.gcmdata.constraints.NotInFuture;
import io.github.gcmdata.constraints.WebUrl;
import io.github.gcmdata.identifier.Issn;
import io.github.gcmdata.identifier.LanguageTag;
import io.github.gcmdata.identifier.Url;
import io.github.gcmdata.internal.Components;
import io.github.gcmdata.internal.GenerateBuilder;
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
 * @param uploadDate  when this edition was made available online (schema.org {@code uploadDate}), which may differ from when it appeared, or null
 * @param url  where to get it, or null
 */
@GenerateBuilder
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Edition(
        @JsonProperty(required = true) @KnownLanguage LanguageTag inLanguage,
        @NonBlankText LocalizedText name,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid EditionIsbn> isbns,
        @CorrectCheckDigit Issn issn,
        @Positive(message = "{gcm.pages.notPositive}") Integer numberOfPages,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<BookFormat> bookFormats,
        @NotInFuture PartialDate datePublished,
        @NotInFuture PartialDate uploadDate,
        @WebUrl Url url) {

    /**
     * Checks that required components are present and copies the lists.
     *
     * @param inLanguage  the language of the edition, not null
     * @param name  the title of the edition, or null
     * @param isbns  its ISBNs
     * @param issn  the ISSN of the series in this language, or null
     * @param numberOfPages  the page count, or null
     * @param bookFormats  the formats it is available in
     * @param datePublished  when this edition appeared, or null
     * @param uploadDate  when this edition was made available online (schema.org {@code uploadDate}), which may differ from when it appeared, or null
     * @param url  where to get it, or null
     * @throws NullPointerException if a required component is null, or a list holds a null
     */
    public Edition {
        Components.required(inLanguage, "inLanguage");
        isbns = Components.copy(isbns, "isbns");
        bookFormats = Components.copy(bookFormats, "bookFormats");
    }

    /**
     * Starts building an {@code Edition} from its required components; every other
     * component starts absent, and every list empty.
     *
     * @param inLanguage  the language of the edition, not null
     * @return a new builder, not null
     */
    public static Builder builder(LanguageTag inLanguage) {
        return new Builder().inLanguage(inLanguage);
    }

    /**
     * Returns a builder holding this record's components, for a modified copy:
     *
     * <pre>{@code
     * Edition printed = french.toBuilder().bookFormats(BookFormat.PRINT).build();
     * }</pre>
     *
     * @return a new builder, not null
     */
    public Builder toBuilder() {
        return new Builder().copyFrom(this);
    }

    /**
     * Builds an {@code Edition} one component at a time. The builder is mutable and not
     * thread-safe; the record it builds is immutable.
     *
     * <pre>{@code
     * Edition french = Edition.builder(LanguageTag.FRENCH)
     *         .isbns(new EditionIsbn(Isbn.parse("978-92-9068-780-1"), BookFormat.PDF))
     *         .issn(Issn.parse("1726-4030"))
     *         .numberOfPages(144)
     *         .build();
     * }</pre>
     */
    public static final class Builder extends EditionBuilderBase {
        private Builder() {
        }
    }
}
