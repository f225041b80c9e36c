package io.github.gcmdata.citation;

import io.github.gcmdata.identifier.Doi;
import io.github.gcmdata.identifier.Isbn;
import io.github.gcmdata.identifier.Issn;
import io.github.gcmdata.identifier.LanguageTag;
import io.github.gcmdata.identifier.Url;
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
import io.github.gcmdata.model.Place;
import io.github.gcmdata.model.Publication;
import io.github.gcmdata.model.PublicationGenre;
import io.github.gcmdata.model.PublicationSeries;
import io.github.gcmdata.model.PublicationSeriesEntry;
import io.github.gcmdata.model.RecordKind;
import io.github.gcmdata.model.RecordRef;
import io.github.gcmdata.model.Relation;
import io.github.gcmdata.model.RelationKind;
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

    /**
     * Every part a citation can carry: a guide with an English edition of its own title (print,
     * month of publication, web page) and a Spanish edition with an ISSN of its own; authors,
     * a translator known by one name, a corporate contributor; a DOI with characters BibTeX would
     * misread; keywords; a series with an ISSN per language. Beside it a leaflet without editions in
     * one language, a note without editions in two, and a commentary that builds on the guide
     * (which is no part of it).
     */
    static Dataset complete() {
        Organisation iom = Organisation.builder("iom", LocalizedText.of("en", "International Organization for Migration",
                        "es", "Organización Internacional para las Migraciones"), OrganisationKind.INTERGOVERNMENTAL)
                .headquarters(new Place(null, null, LocalizedText.of("en", "Geneva", "es", "Ginebra"), null))
                .build();
        Organisation unhcr = Organisation.builder("unhcr", LocalizedText.of("en", "UNHCR"), OrganisationKind.OTHER).build();
        Person author = Person.builder("marie", "Marie Dupont").givenName("Marie").familyName("Dupont").build();
        Person second = Person.builder("li", "Li Wei").givenName("Wei").familyName("Li").build();
        Person translator = Person.builder("nadia", "Nadia").build();
        Publication guide = Publication.builder("guide", LocalizedText.of("en", "Guide", "es", "Guía"))
                .series(new PublicationSeriesEntry("series", "3"))
                .editions(Edition.builder(LanguageTag.ENGLISH)
                                .name(LocalizedText.of("en", "The Guide, second edition"))
                                .isbns(new EditionIsbn(Isbn.parse("978-92-9068-780-1"), null))
                                .bookFormats(BookFormat.PRINT)
                                .numberOfPages(96)
                                .datePublished(PartialDate.parse("2020-05"))
                                .url(Url.parse("https://publications.iom.int/guide"))
                                .build(),
                        Edition.builder(LanguageTag.parse("es"))
                                .issn(Issn.parse("2414-4053"))
                                .build())
                .datePublished(PartialDate.parse("2020"))
                .publisherRefs("iom")
                .contributors(new Contributor(AgentRef.person("marie"), ContributorRole.AUTHOR),
                        new Contributor(AgentRef.person("li"), ContributorRole.AUTHOR),
                        new Contributor(AgentRef.person("nadia"), ContributorRole.TRANSLATOR),
                        new Contributor(AgentRef.organisation("unhcr"), ContributorRole.CONTRIBUTOR),
                        new Contributor(AgentRef.person("nobody"), ContributorRole.EDITOR))
                .doi(Doi.parse("10.1000/guide{2}\\x"))
                .abstractText(LocalizedText.of("en", "How to count.", "es", "Cómo contar."))
                .themes(LocalizedText.of("en", "Migration data"), LocalizedText.of("en", "Return", "es", "Retorno"))
                .build();
        Publication leaflet = Publication.builder("leaflet", LocalizedText.of("fr", "Dépliant"))
                .genre(PublicationGenre.BROCHURE)
                .inLanguage(LanguageTag.FRENCH)
                .series(new PublicationSeriesEntry("series", "4"))
                .build();
        Publication note = Publication.builder("note", LocalizedText.of("en", "Note", "fr", "Note"))
                .inLanguage(LanguageTag.ENGLISH, LanguageTag.FRENCH)
                .build();
        Publication commentary = Publication.builder("commentary", LocalizedText.of("en", "Commentary"))
                .genre(PublicationGenre.CHAPTER)
                .relations(Relation.of(RelationKind.BUILDS_ON, RecordRef.to(RecordKind.PUBLICATION, "guide")),
                        Relation.of(RelationKind.PART_OF, RecordRef.to(RecordKind.DOCUMENT, "guide")))
                .build();
        PublicationSeries series = PublicationSeries.builder("series", LocalizedText.of("en", "Guides", "fr", "Guides"))
                .issns(new SeriesIssn(LanguageTag.ENGLISH, Issn.parse("1726-2224")),
                        new SeriesIssn(LanguageTag.FRENCH, Issn.parse("1726-4030")))
                .build();
        return Dataset.builder(DatasetMetadata.builder("complete", LocalizedText.of("en", "Every part of a citation"))
                        .dateModified(LocalDate.of(2026, 11, 26))
                        .build())
                .organisations(iom, unhcr).persons(author, second, translator)
                .publications(guide, leaflet, note, commentary).publicationSeries(series).build();
    }

    /** The text as a one-line format keeps it: each run of line breaks is one space. */
    static String oneLine(String text) {
        return text.replaceAll("[\\r\\n]+", " ");
    }
}
