package io.github.gcmdata.citation;

import io.github.gcmdata.identifier.Isbn;
import io.github.gcmdata.identifier.Issn;
import io.github.gcmdata.identifier.LanguageTag;
import io.github.gcmdata.json.GcmJson;
import io.github.gcmdata.model.AgentRef;
import io.github.gcmdata.model.BookFormat;
import io.github.gcmdata.model.Contributor;
import io.github.gcmdata.model.ContributorRole;
import io.github.gcmdata.model.Dataset;
import io.github.gcmdata.model.DatasetMetadata;
import io.github.gcmdata.model.Edition;
import io.github.gcmdata.model.EditionIsbn;
import io.github.gcmdata.model.LocalizedText;
import io.github.gcmdata.model.Organisation;
import io.github.gcmdata.model.OrganisationKind;
import io.github.gcmdata.model.PartialDate;
import io.github.gcmdata.model.Person;
import io.github.gcmdata.model.Publication;
import io.github.gcmdata.model.PublicationSeries;
import io.github.gcmdata.model.PublicationSeriesEntry;
import io.github.gcmdata.model.SeriesIssn;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Datasets for the citation tests: the five examples, and one full of text that LaTeX and RIS find hostile. */
final class CitationFixtures {

    /** Quotes, backslashes, every LaTeX special character, line breaks, a long line and non-ASCII text. */
    static final String HOSTILE = "Quotes \"double\" 'single', a backslash \\ and \\n, braces {unbalanced} } {,"
            + " 100% $5 & #1 under_score ^caret ~tilde @at;\nsecond line\r\nthird line, accents éàüñ œ, 中文, 😀 "
            + "long ".repeat(40) + "end";

    private CitationFixtures() {
    }

    static List<Path> examples() {
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            return files.filter(file -> file.toString().endsWith(".json")).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Dataset example(String name) {
        return GcmJson.standard().readDataset(Path.of("examples", name));
    }

    /**
     * The parts format 0.2 adds for publications and money: a report with its upload date, a book
     * in Spanish translated from English with its imprint, copyright and licence, its chapter 2, a
     * grant, a project, a document without a UN symbol and a quotation.
     */
    static Dataset publicationsAndMoney() {
        return GcmJson.standard().readDataset(Path.of("src/test/resources/io/github/gcmdata/format-0.2/publications-and-money.json"));
    }

    /** A publication whose every text is {@link #HOSTILE}, with a corporate author and a person editor. */
    static Dataset hostile() {
        Organisation iom = Organisation.builder("iom", LocalizedText.of("en", "International Organization for Migration",
                "fr", "Organisation internationale pour les migrations"), OrganisationKind.INTERGOVERNMENTAL).build();
        Organisation odd = Organisation.builder("odd", LocalizedText.of("fr", HOSTILE), OrganisationKind.OTHER).build();
        Person editor = Person.builder("editor", "Jane Doe-and-Smith").givenName("Jane").familyName("Doe and Smith").build();
        Publication publication = Publication.builder("hostile", LocalizedText.of("fr", HOSTILE))
                .series(new PublicationSeriesEntry("series", "7"))
                .editions(Edition.builder(LanguageTag.FRENCH)
                        .isbns(new EditionIsbn(Isbn.parse("978-92-9068-780-1"), BookFormat.PDF))
                        .numberOfPages(12)
                        .datePublished(PartialDate.parse("2018-11-16"))
                        .build())
                .publisherRefs("odd")
                .contributors(new Contributor(AgentRef.organisation("iom"), ContributorRole.AUTHOR),
                        new Contributor(AgentRef.person("editor"), ContributorRole.EDITOR))
                .abstractText(LocalizedText.of("fr", HOSTILE))
                .themes(LocalizedText.of("fr", HOSTILE))
                .build();
        PublicationSeries series = PublicationSeries.builder("series", LocalizedText.of("fr", HOSTILE))
                .issns(new SeriesIssn(LanguageTag.FRENCH, Issn.parse("1726-4030")))
                .build();
        return Dataset.builder(DatasetMetadata.builder("hostile", LocalizedText.of("en", "Hostile text"))
                        .dateModified(LocalDate.of(2026, 11, 22))
                        .build())
                .organisations(iom, odd).persons(editor).publications(publication).publicationSeries(series).build();
    }

    /** The text as a one-line format keeps it: each run of line breaks is one space. */
    static String oneLine(String text) {
        return text.replaceAll("[\\r\\n]+", " ");
    }
}
