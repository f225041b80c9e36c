package io.github.gcmdata.citation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gcmdata.json.GcmJson;
import io.github.gcmdata.model.AgentRef;
import io.github.gcmdata.model.Contributor;
import io.github.gcmdata.model.ContributorRole;
import io.github.gcmdata.model.Dataset;
import io.github.gcmdata.model.Person;
import io.github.gcmdata.model.Publication;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** BibTeX, read back by jbibtex's BibTeX and LaTeX parsers. */
class BibTexTest {

    static List<Path> examples() {
        return CitationFixtures.examples();
    }

    private static BibTeXDatabase parse(String bib) throws Exception {
        BibTeXParser parser = new BibTeXParser();
        BibTeXDatabase database = parser.parse(new StringReader(bib));
        assertThat(parser.getExceptions()).isEmpty();
        return database;
    }

    /**
     * A field's value as LaTeX typesets it. jbibtex's LaTeX lexer knows Latin scripts only, so other
     * characters pass through it as ASCII placeholders.
     */
    private static String text(BibTeXEntry entry, String field) throws Exception {
        StringBuilder latex = new StringBuilder();
        entry.getField(new Key(field)).toUserString().codePoints().forEach(c -> {
            if (c > 0x24F) {
                latex.append("QQ").append(Integer.toHexString(c)).append("QQ");
            } else {
                latex.appendCodePoint(c);
            }
        });
        String text = new LaTeXPrinter().print(new LaTeXParser().parse(latex.toString()));
        return Pattern.compile("QQ([0-9a-f]+)QQ").matcher(text)
                .replaceAll(match -> Matcher.quoteReplacement(Character.toString(Integer.parseInt(match.group(1), 16))));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyExampleParsesWithOneUniqueKeyPerEdition(Path example) throws Exception {
        Dataset dataset = GcmJson.standard().readDataset(example);
        String bib = BibTex.write(dataset);

        Map<Key, BibTeXEntry> entries = parse(bib).getEntries();
        assertThat(entries).hasSize(dataset.publications().stream().mapToInt(p -> Math.max(1, p.editions().size())).sum());
        assertThat(BibTex.write(dataset)).isEqualTo(bib);
        for (BibTeXEntry entry : entries.values()) {
            assertThat(entry.getType()).isEqualTo(BibTeXEntry.TYPE_BOOK);
            assertThat(entry.getField(BibTeXEntry.KEY_TITLE)).isNotNull();
        }
    }

    @Test
    void writesIdmNo28WithSeriesNumberIsbnAndLanguage() throws Exception {
        BibTeXEntry french = parse(BibTex.write(CitationFixtures.example("idm-no-28.json"))).resolveEntry(new Key("idm-no-28-fr"));

        assertThat(text(french, "series")).isEqualTo("Dialogue international sur la migration");
        assertThat(text(french, "number")).isEqualTo("28");
        assertThat(text(french, "isbn")).isEqualTo("9789290687801");
        assertThat(text(french, "issn")).isEqualTo("1726-4030");
        assertThat(text(french, "language")).isEqualTo("fr");
        assertThat(text(french, "pagetotal")).isEqualTo("144");
        assertThat(text(french, "publisher")).isEqualTo("Organisation internationale pour les migrations");
        assertThat(text(french, "address")).isEqualTo("Geneva");
        assertThat(text(french, "year")).isEqualTo("2018");
    }

    @Test
    void aChapterIsInbookWithItsBookAndTheLanguageItWasWrittenIn() throws Exception {
        BibTeXDatabase database = parse(BibTex.write(CitationFixtures.publicationsAndMoney()));
        BibTeXEntry chapter = database.resolveEntry(new Key("wmr-2024-chapter-2-es-es"));
        BibTeXEntry book = database.resolveEntry(new Key("wmr-2024-es"));

        assertThat(chapter.getType()).isEqualTo(new Key("inbook"));
        assertThat(text(chapter, "booktitle")).isEqualTo("Informe sobre las Migraciones en el Mundo 2024");
        assertThat(text(chapter, "origlanguage")).isEqualTo("en");
        assertThat(text(chapter, "address")).isEqualTo("Ginebra");
        assertThat(book.getType()).isEqualTo(BibTeXEntry.TYPE_BOOK);
        assertThat(book.getField(new Key("booktitle"))).isNull();
        assertThat(text(book, "isbn")).isEqualTo("9789292688301");
    }

    @Test
    void aReportNamesItsPublisherAsItsInstitution() throws Exception {
        BibTeXEntry report = parse(BibTex.write(CitationFixtures.publicationsAndMoney())).resolveEntry(new Key("idm-no-27-en"));

        assertThat(report.getType()).isEqualTo(new Key("report"));
        assertThat(text(report, "institution")).isEqualTo("International Organization for Migration");
        assertThat(report.getField(BibTeXEntry.KEY_PUBLISHER)).isNull();
    }

    @Test
    void hostileTextReadsBackAsTheSameTextWithItsAccents() throws Exception {
        String bib = BibTex.write(CitationFixtures.hostile());
        BibTeXEntry entry = parse(bib).resolveEntry(new Key("hostile-fr"));

        // LaTeX typesets a straight apostrophe as a closing quote: its typography, not a change of text.
        String typeset = CitationFixtures.oneLine(CitationFixtures.HOSTILE).replace('\'', '\u2019');
        assertThat(text(entry, "title")).isEqualTo(typeset);
        assertThat(text(entry, "abstract")).isEqualTo(typeset);
        assertThat(text(entry, "series")).isEqualTo(typeset);
        assertThat(bib).contains("éàüñ œ, 中文, 😀").doesNotContain("\\'e");
    }

    @Test
    void corporateAuthorsStayOneNameAndPersonsAreFamilyCommaGiven() throws Exception {
        BibTeXEntry entry = parse(BibTex.write(CitationFixtures.hostile())).resolveEntry(new Key("hostile-fr"));

        assertThat(entry.getField(BibTeXEntry.KEY_AUTHOR).toUserString())
                .isEqualTo("{Organisation internationale pour les migrations}");
        assertThat(entry.getField(BibTeXEntry.KEY_EDITOR).toUserString()).isEqualTo("{Doe and Smith}, Jane");
    }

    @Test
    void keysStayUniqueWhenTwoEditionsShareALanguage() throws Exception {
        Dataset dataset = CitationFixtures.hostile();
        Dataset twice = dataset.toBuilder().publications(dataset.publications().get(0).toBuilder()
                .editions(dataset.publications().get(0).editions().get(0), dataset.publications().get(0).editions().get(0))
                .build()).build();

        assertThat(parse(BibTex.write(twice)).getEntries().keySet()).extracting(Key::getValue)
                .containsExactly("hostile-fr", "hostile-fr-2");
    }

    @Test
    void writesEveryFieldOfAnEditionInBiblatexOrderWithoutATrailingComma() throws Exception {
        String bib = BibTex.write(CitationFixtures.complete(), "guide");

        assertThat(bib).startsWith("@book{guide-en,\n"
                + "  author = {Dupont, Marie and Li, Wei},\n"
                + "  translator = {{Nadia}},\n"
                + "  title = {{The Guide, second edition}},\n"
                + "  series = {{Guides}},\n"
                + "  number = {3},\n"
                + "  publisher = {International Organization for Migration},\n"
                + "  address = {Geneva},\n"
                + "  year = {2020},\n"
                + "  date = {2020-05},\n"
                + "  pagetotal = {96},\n"
                + "  isbn = {9789290687801},\n"
                + "  issn = {1726-2224},\n"
                + "  language = {en},\n"
                + "  url = {https://publications.iom.int/guide},\n"
                + "  doi = {10.1000/guide%7B2%7D%5Cx},\n"
                + "  abstract = {How to count.},\n"
                + "  keywords = {Migration data, Return}\n"
                + "}\n\n@book{guide-es,\n");
        assertThat(parse(bib).getEntries()).hasSize(2);
    }

    @Test
    void anEntryWithFewFieldsHasOnlyThose() {
        String bib = BibTex.write(CitationFixtures.complete(), "leaflet");

        assertThat(bib).isEqualTo("@booklet{leaflet,\n"
                + "  title = {{Dépliant}},\n"
                + "  series = {{Guides}},\n"
                + "  number = {4},\n"
                + "  issn = {1726-4030},\n"
                + "  language = {fr}\n"
                + "}\n\n");
    }

    @Test
    void aPartOfANameWithACommaIsBracedSoBibtexDoesNotSplitThere() throws Exception {
        Dataset dataset = CitationFixtures.complete();
        Person kennedy = Person.builder("kennedy", "Joseph Kennedy Jr.").givenName("Joseph").familyName("Kennedy, Jr.").build();
        Publication leaflet = dataset.publications().get(1).toBuilder()
                .contributors(new Contributor(AgentRef.person("kennedy"), ContributorRole.EDITOR)).build();
        Dataset withKennedy = dataset.toBuilder().persons(kennedy).publications(leaflet).build();

        BibTeXEntry entry = parse(BibTex.write(withKennedy)).resolveEntry(new Key("leaflet"));

        assertThat(entry.getField(BibTeXEntry.KEY_EDITOR).toUserString()).isEqualTo("{Kennedy, Jr.}, Joseph");
    }

    @Test
    void aPublicationTheDatasetDoesNotHoldIsRefused() {
        assertThatThrownBy(() -> BibTex.write(CitationFixtures.complete(), "missing"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the dataset complete has no publication with the id 'missing'");
    }

    @Test
    void escapesEveryLatexSpecialCharacterAndTurnsControlCharactersIntoSpaces() {
        assertThat(BibTex.escape("\\{}^~#$%&_")).isEqualTo(
                "\\textbackslash{}\\textbraceleft{}\\textbraceright{}\\textasciicircum{}\\textasciitilde{}\\#\\$\\%\\&\\_");
        assertThat(BibTex.escape("one\r\ntwo\u2028three\tfour\u0007five")).isEqualTo("one two three four five");
        assertThat(BibTex.escape("éàüñ 中文 😀")).isEqualTo("éàüñ 中文 😀");
    }
}
