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
import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import java.util.ArrayList;
import java.util.Arrays;
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
        @NonBlankText LocalizedText name,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid EditionIsbn> isbns,
        @CorrectCheckDigit Issn issn,
        @Positive(message = "{gcm.pages.notPositive}") Integer numberOfPages,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<BookFormat> bookFormats,
        @NotInFuture PartialDate datePublished,
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
        return new Builder(inLanguage);
    }

    /**
     * Returns a builder that starts from this record, for a modified copy.
     *
     * @return a new builder holding this record's components, not null
     */
    public Builder toBuilder() {
        Builder builder = new Builder(inLanguage);
        builder.name = name;
        builder.isbns.addAll(isbns);
        builder.issn = issn;
        builder.numberOfPages = numberOfPages;
        builder.bookFormats.addAll(bookFormats);
        builder.datePublished = datePublished;
        builder.url = url;
        return builder;
    }

    /**
     * Builds an {@code Edition} one component at a time. The builder is mutable and not
     * thread-safe; the record it builds is immutable.
     */
    public static final class Builder {
        private final LanguageTag inLanguage;
        private LocalizedText name;
        private final List<EditionIsbn> isbns = new ArrayList<>();
        private Issn issn;
        private Integer numberOfPages;
        private final List<BookFormat> bookFormats = new ArrayList<>();
        private PartialDate datePublished;
        private Url url;

        private Builder(LanguageTag inLanguage) {
            this.inLanguage = inLanguage;
        }

        /**
         * Sets the title of the edition, or null.
         *
         * @param name  the value, or null for none
         * @return this builder
         */
        public Builder name(LocalizedText name) {
            this.name = name;
            return this;
        }

        /**
         * Sets its ISBNs, replacing any set before.
         *
         * @param isbns  the values, not null
         * @return this builder
         */
        public Builder isbns(List<EditionIsbn> isbns) {
            this.isbns.clear();
            this.isbns.addAll(isbns);
            return this;
        }

        /**
         * Sets its ISBNs, replacing any set before.
         *
         * @param isbns  the values, not null
         * @return this builder
         */
        public Builder isbns(EditionIsbn... isbns) {
            return isbns(Arrays.asList(isbns));
        }

        /**
         * Sets the ISSN of the series in this language, or null.
         *
         * @param issn  the value, or null for none
         * @return this builder
         */
        public Builder issn(Issn issn) {
            this.issn = issn;
            return this;
        }

        /**
         * Sets the page count, or null.
         *
         * @param numberOfPages  the value, or null for none
         * @return this builder
         */
        public Builder numberOfPages(Integer numberOfPages) {
            this.numberOfPages = numberOfPages;
            return this;
        }

        /**
         * Sets the formats it is available in, replacing any set before.
         *
         * @param bookFormats  the values, not null
         * @return this builder
         */
        public Builder bookFormats(List<BookFormat> bookFormats) {
            this.bookFormats.clear();
            this.bookFormats.addAll(bookFormats);
            return this;
        }

        /**
         * Sets the formats it is available in, replacing any set before.
         *
         * @param bookFormats  the values, not null
         * @return this builder
         */
        public Builder bookFormats(BookFormat... bookFormats) {
            return bookFormats(Arrays.asList(bookFormats));
        }

        /**
         * Sets when this edition appeared, or null.
         *
         * @param datePublished  the value, or null for none
         * @return this builder
         */
        public Builder datePublished(PartialDate datePublished) {
            this.datePublished = datePublished;
            return this;
        }

        /**
         * Sets where to get it, or null.
         *
         * @param url  the value, or null for none
         * @return this builder
         */
        public Builder url(Url url) {
            this.url = url;
            return this;
        }

        /**
         * Builds the {@code Edition}.
         *
         * @return the record, not null
         * @throws NullPointerException if a required component is null, or a list holds a null
         */
        public Edition build() {
            return new Edition(inLanguage, name, isbns, issn, numberOfPages, bookFormats, datePublished, url);
        }
    }
}
