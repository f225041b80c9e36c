package io.github.gcmdata.json;

import io.github.gcmdata.identifier.EmailAddress;
import io.github.gcmdata.identifier.Isbn;
import io.github.gcmdata.identifier.Issn;
import io.github.gcmdata.identifier.LanguageTag;
import io.github.gcmdata.identifier.PhoneNumber;
import io.github.gcmdata.identifier.UnDocumentSymbol;
import io.github.gcmdata.identifier.Url;
import io.github.gcmdata.model.AgendaDay;
import io.github.gcmdata.model.AgendaItem;
import io.github.gcmdata.model.AgendaItemKind;
import io.github.gcmdata.model.AgentRef;
import io.github.gcmdata.model.AttendanceMode;
import io.github.gcmdata.model.BookFormat;
import io.github.gcmdata.model.ContactPoint;
import io.github.gcmdata.model.ContactType;
import io.github.gcmdata.model.Count;
import io.github.gcmdata.model.Dataset;
import io.github.gcmdata.model.DatasetMetadata;
import io.github.gcmdata.model.DocumentReference;
import io.github.gcmdata.model.Edition;
import io.github.gcmdata.model.EditionIsbn;
import io.github.gcmdata.model.Event;
import io.github.gcmdata.model.EventKind;
import io.github.gcmdata.model.EventSeriesEntry;
import io.github.gcmdata.model.LocalizedText;
import io.github.gcmdata.model.Modality;
import io.github.gcmdata.model.PartialDate;
import io.github.gcmdata.model.Person;
import io.github.gcmdata.model.Position;
import io.github.gcmdata.model.Publication;
import io.github.gcmdata.model.Source;
import io.github.gcmdata.model.Speaker;
import io.github.gcmdata.model.TableOfContentsEntry;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/** Small records that exercise every kind of JSON value the format has. */
final class SampleRecords {

    private SampleRecords() {
    }

    static Event idm2022() {
        Speaker moderator = Speaker.builder("ugochi-daniels")
                .nameAsPrinted("Ugochi Daniels")
                .titleAsPrinted(LocalizedText.of("fr", "Directrice générale adjointe chargée des opérations de l’OIM"))
                .build();
        Speaker byVideo = Speaker.builder("abdulla-shahid")
                .nameAsPrinted("Abdulla Shahid")
                .titleAsPrinted(LocalizedText.of("fr", "Président de la 76e session de l’Assemblée générale des Nations Unies"))
                .modality(Modality.VIDEO_MESSAGE)
                .build();
        AgendaItem opening = AgendaItem.builder(AgendaItemKind.OPENING).startTime(LocalTime.of(9, 0)).endTime(LocalTime.of(9, 30))
                .name(LocalizedText.of("fr", "Renforcer la coopération internationale"))
                .speakers(byVideo)
                .build();
        AgendaItem panel = AgendaItem.builder(AgendaItemKind.PANEL).startTime(LocalTime.of(9, 30)).endTime(LocalTime.of(10, 45))
                .number(1)
                .name(LocalizedText.of("fr", "Sauver des vies"))
                .moderators(moderator)
                .build();
        return Event.builder("idm-2022-session-1", LocalizedText.of("fr", "Dialogue international sur la migration 2022"),
                        EventKind.IDM_SESSION, LocalDate.of(2022, 2, 28))
                .endDate(PartialDate.of(LocalDate.of(2022, 3, 2)))
                .timeZone(ZoneId.of("America/New_York"))
                .attendanceMode(AttendanceMode.ONLINE)
                .series(new EventSeriesEntry(LocalizedText.of("fr", "Dialogue international sur la migration"), null, 1))
                .organizers(AgentRef.organisation("iom"))
                .participantCount(Count.moreThan(600))
                .panellistCount(Count.exactly(83))
                .agenda(new AgendaDay(LocalDate.of(2022, 2, 28),
                        LocalizedText.of("fr", "Réduire les risques et les vulnérabilités pour les migrants"),
                        List.of(opening, panel)))
                .relatedObjectives(7, 8, 10)
                .citedDocuments(new DocumentReference(UnDocumentSymbol.parse("A/RES/73/195"), "52", null))
                .sources(new Source(Url.parse("https://www.iom.int/idm"), "IDM 2022", null, LocalDate.of(2026, 11, 22)))
                .build();
    }

    static Publication idmNo28() {
        Edition french = Edition.builder(LanguageTag.FRENCH)
                .isbns(new EditionIsbn(Isbn.parse("978-92-9068-780-1"), BookFormat.PDF))
                .issn(Issn.parse("1726-4030"))
                .numberOfPages(144)
                .datePublished(PartialDate.ofYear(2018))
                .build();
        return Publication.builder("idm-no-28", LocalizedText.of("fr", "Dialogue international sur la migration No. 28"))
                .editions(french)
                .datePublished(PartialDate.ofYear(2018))
                .abstractText(LocalizedText.of("fr", "En 2018 s’est tenue la 45e édition du Dialogue"))
                .tableOfContents(new TableOfContentsEntry(LocalizedText.of("fr", "RAPPORT DES ATELIERS"), null,
                        List.of(new TableOfContentsEntry(LocalizedText.of("fr", "Introduction"), null, List.of()))))
                .inLanguage(LanguageTag.FRENCH, LanguageTag.ENGLISH, LanguageTag.SPANISH)
                .build();
    }

    static Person pressContact() {
        return Person.builder("maurizio-busatti", "Maurizio Busatti")
                .contactPoints(new ContactPoint(ContactType.PRESS, EmailAddress.parse("mbusatti@iom.int"),
                        PhoneNumber.of("41227179581", "+41227179581")))
                .positions(new Position(LocalizedText.of("fr", "Siège de l’OIM"), AgentRef.organisation("iom"), null,
                        PartialDate.parse("2017-06"), null))
                .build();
    }

    static Dataset dataset() {
        DatasetMetadata metadata = DatasetMetadata.builder("sample", LocalizedText.of("en", "Sample"))
                .version("1")
                .dateModified(LocalDate.of(2026, 11, 22))
                .build();
        return Dataset.builder(metadata)
                .events(idm2022())
                .publications(idmNo28())
                .persons(pressContact())
                .build();
    }
}
