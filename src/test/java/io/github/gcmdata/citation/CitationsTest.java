package io.github.gcmdata.citation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gcmdata.identifier.LanguageTag;
import io.github.gcmdata.model.BookFormat;
import io.github.gcmdata.model.Dataset;
import io.github.gcmdata.model.PartialDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a publication becomes citation entries: one per edition, in the edition's language, references followed. */
class CitationsTest {

    private static final Dataset COMPLETE = CitationFixtures.complete();

    private static CitationEntry entry(String key) {
        return Citations.entries(COMPLETE).stream().filter(entry -> entry.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void oneEntryPerEditionAndOneForAPublicationWithoutEditionsInDatasetOrder() {
        assertThat(Citations.entries(COMPLETE)).extracting(CitationEntry::key)
                .containsExactly("guide-en", "guide-es", "leaflet", "note", "commentary");
    }

    @Test
    void theEntriesOfOnePublicationAreItsEditions() {
        assertThat(Citations.entries(COMPLETE, "guide")).extracting(CitationEntry::key).containsExactly("guide-en", "guide-es");
        assertThat(Citations.entries(COMPLETE, "guide")).isEqualTo(Citations.entries(COMPLETE).subList(0, 2));
    }

    @Test
    void aPublicationTheDatasetDoesNotHoldIsRefusedByName() {
        assertThatThrownBy(() -> Citations.entries(COMPLETE, "missing"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the dataset complete has no publication with the id 'missing'");
    }

    @Test
    void anEditionWithItsOwnTitleIsCitedByItAndOneWithoutByThePublicationsTitleInItsLanguage() {
        assertThat(entry("guide-en").title()).isEqualTo("The Guide, second edition");
        assertThat(entry("guide-es").title()).isEqualTo("Guía");
    }

    @Test
    void anEditionFollowsItsPublicationForWhatItDoesNotSay() {
        CitationEntry english = entry("guide-en");
        CitationEntry spanish = entry("guide-es");

        assertThat(english.issued()).as("the edition's own date").isEqualTo(PartialDate.parse("2020-05"));
        assertThat(spanish.issued()).as("the publication's date").isEqualTo(PartialDate.parse("2020"));
        assertThat(english.numberOfPages()).isEqualTo(96);
        assertThat(spanish.numberOfPages()).isNull();
        assertThat(english.url()).isEqualTo("https://publications.iom.int/guide");
        assertThat(spanish.url()).isNull();
        assertThat(english.isbns()).containsExactly("9789290687801");
        assertThat(english.formats()).containsExactly(BookFormat.PRINT);
        assertThat(spanish.isbns()).isEmpty();
        assertThat(spanish.formats()).isEmpty();
    }

    @Test
    void theIssnIsTheEditionsOwnElseTheSeriesIssnInTheEntrysLanguage() {
        assertThat(entry("guide-es").issn()).as("the edition's own").isEqualTo("2414-4053");
        assertThat(entry("guide-en").issn()).as("the series' English ISSN").isEqualTo("1726-2224");
        assertThat(entry("leaflet").issn()).as("the series' French ISSN, not its first").isEqualTo("1726-4030");
        assertThat(entry("note").issn()).as("no series").isNull();
    }

    @Test
    void aPublicationWithoutEditionsIsInItsOneLanguageOrInNone() {
        assertThat(entry("leaflet").language()).isEqualTo(LanguageTag.FRENCH);
        assertThat(entry("note").language()).as("two languages: none of them is the entry's").isNull();
        assertThat(entry("note").title()).as("texts in English where the entry has no language").isEqualTo("Note");
    }

    @Test
    void namesArePersonsSplitWhereTheDataGivesBothPartsElseLiteralAndUnknownPersonsAreLeftOut() {
        CitationEntry english = entry("guide-en");

        assertThat(english.authors()).containsExactly(CitationName.person("Dupont", "Marie"), CitationName.person("Li", "Wei"));
        assertThat(english.translators()).containsExactly(CitationName.literal("Nadia"));
        assertThat(english.contributors()).containsExactly(CitationName.literal("UNHCR"));
        assertThat(english.editors()).as("the editor is no person of the dataset").isEmpty();
    }

    @Test
    void publishersAndPlaceAreInTheEntrysLanguage() {
        assertThat(entry("guide-en").publishers()).containsExactly("International Organization for Migration");
        assertThat(entry("guide-en").place()).as("the publisher's city").isEqualTo("Geneva");
        assertThat(entry("guide-es").publishers()).containsExactly("Organización Internacional para las Migraciones");
        assertThat(entry("guide-es").place()).isEqualTo("Ginebra");
        assertThat(entry("leaflet").publishers()).isEmpty();
        assertThat(entry("leaflet").place()).isNull();
    }

    @Test
    void keywordsAndSeriesTitleFallBackToEnglishAndTheAbstractIsOnlyInTheEntrysLanguage() {
        assertThat(entry("guide-en").keywords()).containsExactly("Migration data", "Return");
        assertThat(entry("guide-es").keywords()).containsExactly("Migration data", "Retorno");
        assertThat(entry("guide-es").abstractText()).isEqualTo("Cómo contar.");
        assertThat(entry("guide-en").seriesTitle()).isEqualTo("Guides");
        assertThat(entry("guide-es").seriesTitle()).isEqualTo("Guides");
        assertThat(entry("guide-en").seriesNumber()).isEqualTo("3");
        assertThat(entry("leaflet").seriesNumber()).isEqualTo("4");
        assertThat(entry("note").seriesTitle()).isNull();
    }

    @Test
    void onlyBeingPartOfAPublicationMakesItsTitleTheContainer() {
        assertThat(entry("commentary").containerTitle())
                .as("builds on the guide, is part of a document: neither is a book it is in").isNull();
    }

    @Test
    void theDoiIsItsBareName() {
        assertThat(entry("guide-en").doi()).isEqualTo("10.1000/guide{2}\\x");
        assertThat(entry("note").doi()).isNull();
    }

    @Test
    void aDatasetWithoutPublicationsHasNoEntries() {
        assertThat(Citations.entries(Dataset.builder(COMPLETE.metadata()).build())).isEmpty();
        assertThat(List.of(BibTex.write(Dataset.builder(COMPLETE.metadata()).build()),
                Ris.write(Dataset.builder(COMPLETE.metadata()).build()))).containsOnly("");
    }
}
