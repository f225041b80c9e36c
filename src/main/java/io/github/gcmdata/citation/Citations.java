package io.github.gcmdata.citation;

import io.github.gcmdata.identifier.Doi;
import io.github.gcmdata.identifier.Isbn;
import io.github.gcmdata.identifier.Issn;
import io.github.gcmdata.identifier.LanguageTag;
import io.github.gcmdata.identifier.Url;
import io.github.gcmdata.internal.DatasetLookup;
import io.github.gcmdata.internal.UniqueKeys;
import io.github.gcmdata.model.AgentRef;
import io.github.gcmdata.model.BookFormat;
import io.github.gcmdata.model.Contributor;
import io.github.gcmdata.model.ContributorRole;
import io.github.gcmdata.model.Dataset;
import io.github.gcmdata.model.Edition;
import io.github.gcmdata.model.EditionIsbn;
import io.github.gcmdata.model.Organisation;
import io.github.gcmdata.model.Person;
import io.github.gcmdata.model.Place;
import io.github.gcmdata.model.Publication;
import io.github.gcmdata.model.RecordKind;
import io.github.gcmdata.model.Relation;
import io.github.gcmdata.model.RelationKind;
import io.github.gcmdata.model.PublicationSeries;
import io.github.gcmdata.model.SeriesIssn;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns the publications of a dataset into citation entries: one per edition, in the edition's
 * language, each reference followed (series, publishers, contributors).
 */
final class Citations {

    private Citations() {
    }

    /** Every publication of the dataset, in dataset order, editions in their order. */
    static List<CitationEntry> entries(Dataset dataset) {
        Objects.requireNonNull(dataset, "dataset");
        return entries(new DatasetLookup(dataset), dataset.publications());
    }

    /** The editions of one publication. */
    static List<CitationEntry> entries(Dataset dataset, String publicationId) {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(publicationId, "publicationId");
        DatasetLookup lookup = new DatasetLookup(dataset);
        Publication publication = lookup.publication(publicationId).orElseThrow(() -> new IllegalArgumentException(
                "the dataset " + dataset.metadata().id() + " has no publication with the id '" + publicationId + "'"));
        return entries(lookup, List.of(publication));
    }

    private static List<CitationEntry> entries(DatasetLookup lookup, List<Publication> publications) {
        List<CitationEntry> entries = new ArrayList<>();
        UniqueKeys keys = new UniqueKeys();
        for (Publication publication : publications) {
            if (publication.editions().isEmpty()) {
                entries.add(entry(lookup, publication, null, keys.next(publication.id())));
            }
            for (Edition edition : publication.editions()) {
                String key = keys.next(publication.id() + "-" + edition.inLanguage().tag());
                entries.add(entry(lookup, publication, edition, key));
            }
        }
        return entries;
    }

    private static CitationEntry entry(DatasetLookup lookup, Publication publication, Edition edition, String key) {
        LanguageTag language = edition != null ? edition.inLanguage()
                : publication.inLanguage().size() == 1 ? publication.inLanguage().get(0) : null;
        LanguageTag texts = language != null ? language : LanguageTag.ENGLISH;
        Optional<PublicationSeries> series = Optional.ofNullable(publication.series())
                .flatMap(entry -> lookup.series(entry.seriesRef()));
        List<String> publishers = publication.publisherRefs().stream()
                .map(lookup::organisation).flatMap(Optional::stream)
                .map(Organisation::name).map(name -> name.get(texts)).flatMap(Optional::stream)
                .collect(Collectors.toList());
        // The imprint's place where the data gives it, else the city of the first publisher.
        String place = Optional.ofNullable(publication.publicationPlace()).flatMap(printed -> printed.get(texts))
                .or(() -> publication.publisherRefs().stream().findFirst()
                        .flatMap(lookup::organisation).map(Organisation::headquarters).map(Place::city)
                        .flatMap(city -> city.get(texts)))
                .orElse(null);
        return new CitationEntry(
                key,
                publication.genre(),
                language,
                publication.originalLanguage(),
                Optional.ofNullable(edition).map(Edition::name).flatMap(name -> name.get(texts))
                        .or(() -> publication.name().get(texts)).orElse(null),
                containerTitle(lookup, publication, texts),
                names(lookup, publication, ContributorRole.AUTHOR, texts),
                names(lookup, publication, ContributorRole.EDITOR, texts),
                names(lookup, publication, ContributorRole.TRANSLATOR, texts),
                names(lookup, publication, ContributorRole.CONTRIBUTOR, texts),
                series.flatMap(s -> s.name().get(texts)).orElse(null),
                publication.series() == null ? null : publication.series().issueNumber(),
                edition == null ? List.of() : edition.isbns().stream().map(EditionIsbn::isbn).map(Isbn::toString)
                        .collect(Collectors.toList()),
                issn(edition, series, language),
                publishers,
                place,
                edition != null && edition.datePublished() != null ? edition.datePublished() : publication.datePublished(),
                edition == null ? null : edition.uploadDate(),
                edition == null ? null : edition.numberOfPages(),
                edition == null ? null : Optional.ofNullable(edition.url()).map(Url::text).orElse(null),
                Optional.ofNullable(publication.doi()).map(Doi::name).orElse(null),
                Optional.ofNullable(publication.abstractText())
                        .flatMap(text -> language != null ? text.exactly(language) : text.get(texts)).orElse(null),
                publication.themes().stream().map(theme -> theme.get(texts)).flatMap(Optional::stream)
                        .collect(Collectors.toList()),
                formats(edition));
    }

    /** The title of the first publication of the dataset that this one is {@code part_of}: a chapter's book. */
    private static String containerTitle(DatasetLookup lookup, Publication publication, LanguageTag language) {
        return publication.relations().stream()
                .filter(relation -> relation.kind() == RelationKind.PART_OF
                        && relation.target().kind() == RecordKind.PUBLICATION)
                .map(Relation::target).map(target -> lookup.publication(target.id())).flatMap(Optional::stream)
                .map(book -> book.name().get(language)).flatMap(Optional::stream)
                .findFirst().orElse(null);
    }

    private static String issn(Edition edition, Optional<PublicationSeries> series, LanguageTag language) {
        if (edition != null && edition.issn() != null) {
            return edition.issn().toString();
        }
        return series.stream().flatMap(s -> s.issns().stream())
                .filter(issn -> issn.inLanguage().equals(language))
                .map(SeriesIssn::issn).map(Issn::toString).findFirst().orElse(null);
    }

    private static List<BookFormat> formats(Edition edition) {
        if (edition == null) {
            return List.of();
        }
        Set<BookFormat> formats = EnumSet.noneOf(BookFormat.class);
        formats.addAll(edition.bookFormats());
        edition.isbns().stream().map(EditionIsbn::bookFormat).filter(Objects::nonNull).forEach(formats::add);
        return List.copyOf(formats);
    }

    private static List<CitationName> names(DatasetLookup lookup, Publication publication, ContributorRole role,
            LanguageTag language) {
        return publication.contributors().stream().filter(contributor -> contributor.role() == role)
                .map(Contributor::agent).map(agent -> name(lookup, agent, language)).flatMap(Optional::stream)
                .collect(Collectors.toList());
    }

    private static Optional<CitationName> name(DatasetLookup lookup, AgentRef agent, LanguageTag language) {
        return switch (agent.kind()) {
            case PERSON -> lookup.person(agent.id()).map(Citations::personName);
            case ORGANISATION, STATE -> lookup.name(agent, language).map(CitationName::literal);
        };
    }

    private static CitationName personName(Person person) {
        return person.familyName() != null && person.givenName() != null
                ? CitationName.person(person.familyName(), person.givenName())
                : CitationName.literal(person.name());
    }
}
