package io.github.gcmdata.citation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gcmdata.json.GcmJson;
import io.github.gcmdata.model.Dataset;
import io.github.gcmdata.model.Publication;
import io.github.gcmdata.model.PublicationSeriesEntry;
import io.github.gcmdata.model.RecordKind;
import io.github.gcmdata.model.RecordRef;
import io.github.gcmdata.model.Relation;
import io.github.gcmdata.model.RelationKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** RIS, read back line by line as the format defines it: a tag, two spaces, a hyphen, a space, the value. */
class RisTest {

    private static final Pattern LINE = Pattern.compile("([A-Z][A-Z0-9])  - (.*)");

    static List<Path> examples() {
        return CitationFixtures.examples();
    }

    /** The records, each a map from tag to its values in order; fails on any line that is not a tag. */
    static List<Map<String, List<String>>> read(String ris) {
        assertThat(ris.replace("\r\n", "")).doesNotContain("\r").doesNotContain("\n");
        List<Map<String, List<String>>> records = new ArrayList<>();
        Map<String, List<String>> record = null;
        for (String line : ris.split("\r\n", -1)) {
            if (line.isEmpty()) {
                continue;
            }
            Matcher matcher = LINE.matcher(line);
            assertThat(matcher.matches()).as("a tagged line: %s", line).isTrue();
            if (matcher.group(1).equals("TY")) {
                record = new LinkedHashMap<>();
                records.add(record);
            }
            assertThat(record).as("a record starts with TY").isNotNull();
            record.computeIfAbsent(matcher.group(1), tag -> new ArrayList<>()).add(matcher.group(2));
        }
        assertThat(records).allSatisfy(r -> assertThat(r).containsKey("ER"));
        return records;
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyExampleIsWellFormedRis(Path example) {
        Dataset dataset = GcmJson.standard().readDataset(example);
        String ris = Ris.write(dataset);

        assertThat(read(ris)).hasSize(dataset.publications().stream().mapToInt(p -> Math.max(1, p.editions().size())).sum())
                .allSatisfy(record -> assertThat(record.get("TY")).containsExactly("BOOK"));
        assertThat(Ris.write(dataset)).isEqualTo(ris);
    }

    @Test
    void writesIdmNo28WithItsIdentifiersPerEdition() {
        List<Map<String, List<String>>> records = read(Ris.write(CitationFixtures.example("idm-no-28.json")));

        assertThat(records.get(0).get("SN")).containsExactly("9789290687801", "1726-4030");
        assertThat(records.get(0).get("T2")).containsExactly("Dialogue international sur la migration");
        assertThat(records.get(0).get("M1")).containsExactly("28");
        assertThat(records.get(0).get("LA")).containsExactly("fr");
        assertThat(records.get(0).get("SP")).containsExactly("144");
        assertThat(records.get(0).get("CY")).containsExactly("Geneva");
        assertThat(records.get(1).get("SN")).containsExactly("9789290687740", "1726-2224");
        assertThat(records.get(1).get("PB")).containsExactly("International Organization for Migration");
    }

    @Test
    void aChapterNamesItsBookAsSecondaryTitleAndAReportIsAReport() {
        List<Map<String, List<String>>> records = read(Ris.write(CitationFixtures.publicationsAndMoney()));

        assertThat(records).extracting(record -> record.get("TY").get(0)).containsExactly("RPRT", "BOOK", "CHAP");
        Map<String, List<String>> chapter = records.get(2);
        assertThat(chapter.get("TI")).containsExactly("Migración y migrantes: Panorama mundial");
        assertThat(chapter.get("T2")).containsExactly("Informe sobre las Migraciones en el Mundo 2024");
        assertThat(chapter.get("CY")).containsExactly("Ginebra");
        assertThat(chapter.get("PY")).containsExactly("2024");
        assertThat(records.get(1).get("T2")).isNull();
    }

    @Test
    void hostileTextStaysOnOneLineAndCorporateAuthorsHaveNoComma() {
        Map<String, List<String>> record = read(Ris.write(CitationFixtures.hostile())).get(0);

        assertThat(record.get("TI")).containsExactly(CitationFixtures.oneLine(CitationFixtures.HOSTILE));
        assertThat(record.get("AB")).containsExactly(CitationFixtures.oneLine(CitationFixtures.HOSTILE));
        assertThat(record.get("AU")).containsExactly("Organisation internationale pour les migrations");
        assertThat(record.get("A3")).containsExactly("Doe and Smith, Jane");
        assertThat(record.get("DA")).containsExactly("2018/11/16/");
    }

    @Test
    void writesEveryTagOfAnEditionInOrder() {
        String ris = Ris.write(CitationFixtures.complete(), "guide");

        assertThat(ris).startsWith(String.join("\r\n",
                "TY  - BOOK",
                "AU  - Dupont, Marie",
                "AU  - Li, Wei",
                "A4  - Nadia",
                "TI  - The Guide, second edition",
                "T2  - Guides",
                "M1  - 3",
                "PB  - International Organization for Migration",
                "CY  - Geneva",
                "PY  - 2020",
                "DA  - 2020/05//",
                "SP  - 96",
                "SN  - 9789290687801",
                "SN  - 1726-2224",
                "LA  - en",
                "UR  - https://publications.iom.int/guide",
                "DO  - 10.1000/guide{2}\\x",
                "AB  - How to count.",
                "KW  - Migration data",
                "KW  - Return",
                "ER  - ",
                "",
                "TY  - BOOK",
                ""));
        assertThat(read(ris)).hasSize(2);
        assertThat(read(ris).get(1).get("DA")).as("a date known to the year").containsExactly("2020///");
    }

    @Test
    void aPamphletWithFewTagsHasOnlyThose() {
        assertThat(Ris.write(CitationFixtures.complete(), "leaflet")).isEqualTo(
                "TY  - PAMP\r\nTI  - Dépliant\r\nT2  - Guides\r\nM1  - 4\r\nSN  - 1726-4030\r\nLA  - fr\r\nER  - \r\n\r\n");
    }

    @Test
    void aChapterGivesItsBookAsT2AndItsSeriesAsT3() {
        Dataset dataset = CitationFixtures.complete();
        Publication commentary = dataset.publications().get(3);
        Publication chapter = commentary.toBuilder()
                .relations(Relation.of(RelationKind.PART_OF, RecordRef.to(RecordKind.PUBLICATION, "guide")))
                .series(new PublicationSeriesEntry("series", "5"))
                .build();

        Map<String, List<String>> record = read(Ris.write(dataset.toBuilder().publications(
                dataset.publications().get(0), chapter).build(), "commentary")).get(0);

        assertThat(record.get("TY")).containsExactly("CHAP");
        assertThat(record.get("T2")).containsExactly("Guide");
        assertThat(record.get("T3")).containsExactly("Guides");
        assertThat(record.get("M1")).containsExactly("5");
    }

    @Test
    void aValueIsOneLineWithoutControlCharactersOrOuterSpaces() {
        assertThat(Ris.oneLine("  one\r\ntwo\u2029three\tfour\u0000five  ")).isEqualTo("one two three four five");
    }
}
