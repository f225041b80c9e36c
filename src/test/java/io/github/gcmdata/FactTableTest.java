package io.github.gcmdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gcmdata.FactTable.Home;
import io.github.gcmdata.json.GcmJson;
import io.github.gcmdata.validation.GcmValidator;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The fact tables of the fit corpus: their format, and a check that fails where a fact is not where the table says. */
class FactTableTest {

    private static final GcmJson JSON = GcmJson.standard();
    private static final GcmValidator VALIDATOR = GcmValidator.create();
    private static final JsonNode DATASET = JsonMapper.builder().build().readTree("""
            {
              "metadata": {"id": "sample", "name": {"en": "Sample"}},
              "events": [{
                "id": "idm-2019-session-1",
                "name": {"en": "International Dialogue on Migration 2019"},
                "description": {"en": "The first of two IDM sessions planned in 2019."},
                "kind": "idm_session",
                "startDate": "2019-02-28",
                "endDate": "2019-03-01",
                "participantCount": {"value": 700, "precision": "more_than"}
              }],
              "publications": [{
                "id": "berne",
                "name": {"en": "Interstate Cooperation and Migration"},
                "editions": [{"inLanguage": "en", "isbns": [{"isbn": "9789290682417"}]}]
              }]
            }
            """);

    private static FactTable table(String... rows) {
        return FactTable.parse("sample.facts.csv", FactTable.HEADER + "\n" + String.join("\n", rows) + "\n");
    }

    private static List<String> problems(String... rows) {
        return table(rows).problems(DATASET, JSON, VALIDATOR);
    }

    @Nested
    class Format {

        @Test
        void readsQuotedFieldsWithCommasAndQuotesAndSkipsComments() {
            FactTable table = FactTable.parse("sample.facts.csv", String.join("\n",
                    "# page 06: IDM 2019, first session",
                    FactTable.HEADER,
                    "",
                    "11,\"Session 1 of the IDM, \"\"2019\"\"\",/events/0/startDate,2019-02-28,",
                    "12,Two sessions planned,PLANNED:Event.figures,sessions: 2,",
                    "13a,Recorded on UN Web TV,UNSTATED,,the address is not in the stored text"));

            assertThat(table.facts()).extracting(FactTable.Fact::number).containsExactly("11", "12", "13a");
            assertThat(table.facts().get(0).fact()).isEqualTo("Session 1 of the IDM, \"2019\"");
            assertThat(table.facts().get(0).line()).isEqualTo(4);
            assertThat(table.facts()).extracting(FactTable.Fact::home).containsExactly(Home.TYPED, Home.PLANNED, Home.UNSTATED);
            assertThat(table.counts()).containsEntry(Home.TYPED, 1L).containsEntry(Home.PLANNED, 1L).doesNotContainKey(Home.TEXT);
        }

        @Test
        void rejectsAMissingHeader() {
            assertThatThrownBy(() -> FactTable.parse("x.facts.csv", "1,fact,/a,b,\n"))
                    .hasMessage("x.facts.csv, line 1: the header should be 'n,fact,where,value,note', was '1,fact,/a,b,'");
        }

        @Test
        void rejectsARowWithoutFiveFields() {
            assertThatThrownBy(() -> table("1,a fact,/events/0/id,idm"))
                    .hasMessage("sample.facts.csv, line 2: expected 5 fields (n,fact,where,value,note), found 4");
        }

        @Test
        void rejectsAnUnclosedQuote() {
            assertThatThrownBy(() -> table("1,\"a fact,/events/0/id,idm,"))
                    .hasMessage("sample.facts.csv, line 2: a quoted field is not closed");
        }

        @Test
        void rejectsAFactNumberedTwice() {
            assertThatThrownBy(() -> table("1,a,/events/0/id,idm-2019-session-1,", "1,b,/events/0/kind,idm_session,"))
                    .hasMessage("sample.facts.csv, line 3: fact 1 is numbered twice");
        }

        @Test
        void rejectsAnUnknownPlace() {
            assertThatThrownBy(() -> table("1,a,events/0/id,idm,"))
                    .hasMessageStartingWith("sample.facts.csv, line 2: where should be a JSON Pointer, TEXT:<pointer>");
        }

        @Test
        void rejectsARefusalWhoseNoteSaysNeitherBugNorTrueErrorNorOtherForm() {
            assertThatThrownBy(() -> table("1,a,REFUSED:/events/0/startDate,--04-18,no year"))
                    .hasMessageStartingWith("sample.facts.csv, line 2: the note of a refused value should start with"
                            + " 'bug: ', 'true error: ' or 'other form: '");
        }

        @Test
        void acceptsARefusalOfAValuePrintedInAnotherForm() {
            assertThat(table("1,a,REFUSED:/documents/0/symbol,73/195,other form: the symbol is 2").facts())
                    .extracting(FactTable.Fact::home).containsExactly(Home.REFUSED);
        }

        @Test
        void rejectsATypedFactWithoutAValue() {
            assertThatThrownBy(() -> table("1,a,/events/0/id,,"))
                    .hasMessage("sample.facts.csv, line 2: a TYPED fact needs a value");
        }
    }

    @Nested
    class Check {

        @Test
        void acceptsFactsThatAreWhereTheTableSays() {
            assertThat(problems(
                    "1,name,/events/0/name/en,International Dialogue on Migration 2019,",
                    "2,over 700,/events/0/participantCount,\"{\"\"precision\"\":\"\"more_than\"\",\"\"value\"\":700.0}\",",
                    "3,count,/events/0/participantCount/value,700,",
                    "3b,dates,/events/0,\"{\"\"startDate\"\":\"\"2019-02-28\"\",\"\"endDate\"\":\"\"2019-03-01\"\"}\",",
                    "3a,description,/events/0/description/en,The first of two IDM sessions\u2026,",
                    "4,two sessions,TEXT:/events/0/description/en,two IDM sessions,",
                    "5,ISBN cut short,REFUSED:/publications/0/editions/0/isbns/0/isbn,978-92-9068-241,true error: a digit is missing",
                    "6,an ISBN with a wrong check digit,REFUSED:/publications/0/editions/0/isbns/1,\"{\"\"isbn\"\":\"\"9789290682418\"\"}\",true error: check digit",
                    "7,opinion,NARRATIVE,,")).isEmpty();
        }

        @Test
        void reportsATypedFieldThatHoldsAnotherValue() {
            assertThat(problems("1,name,/events/0/name/en,International Dialogue on Migration 2018,")).containsExactly(
                    "sample.facts.csv, line 2, fact 1 (/events/0/name/en): holds \"International Dialogue on Migration 2019\","
                            + " the table says \"International Dialogue on Migration 2018\"");
        }

        @Test
        void reportsATextThatDoesNotStartWithTheWordsBeforeTheEllipsis() {
            assertThat(problems("3a,description,/events/0/description/en,The second of two IDM sessions\u2026,"))
                    .singleElement().asString().endsWith("the table says \"The second of two IDM sessions\u2026\"");
        }

        @Test
        void reportsAnObjectThatLacksAPropertyTheTableLists() {
            assertThat(problems("3b,dates,/events/0,\"{\"\"startDate\"\":\"\"2019-02-28\"\",\"\"timeZone\"\":\"\"America/New_York\"\"}\","))
                    .singleElement().asString().contains("the table says {\"startDate\":\"2019-02-28\",\"timeZone\":\"America/New_York\"}");
        }

        @Test
        void reportsAListWithAnotherElement() {
            assertThat(problems("1,editions,/publications/0/editions,\"[{\"\"inLanguage\"\":\"\"fr\"\"}]\","))
                    .singleElement().asString().contains("the table says [{\"inLanguage\":\"fr\"}]");
        }

        @Test
        void reportsANumberThatDiffers() {
            assertThat(problems("3,count,/events/0/participantCount/value,600,"))
                    .singleElement().asString().endsWith("holds 700, the table says 600");
        }

        @Test
        void reportsAPointerToNothing() {
            assertThat(problems("1,place,/events/0/location/city/en,New York,"))
                    .containsExactly("sample.facts.csv, line 2, fact 1 (/events/0/location/city/en): nothing at /events/0/location/city/en");
        }

        @Test
        void reportsATextWithoutTheWords() {
            assertThat(problems("4,three sessions,TEXT:/events/0/description/en,three IDM sessions,"))
                    .singleElement().asString().endsWith("the text does not contain \"three IDM sessions\"");
        }

        @Test
        void reportsATextPointerToSomethingElse() {
            assertThat(problems("4,count,TEXT:/events/0/participantCount,700,"))
                    .singleElement().asString().contains("not text at /events/0/participantCount");
        }

        @Test
        void reportsARefusedValueThatIsAccepted() {
            assertThat(problems("5,bare ISBN,REFUSED:/publications/0/editions/0/isbns/0/isbn,978-92-9068-241-7,bug: none"))
                    .singleElement().asString().endsWith("\"978-92-9068-241-7\" is accepted: no longer refused, so type it");
        }

        @Test
        void reportsAValueRefusedElsewhereThanTheTableSays() {
            // validation reports the end date, now before the start, and not the start itself
            assertThat(problems("6,start after the end,REFUSED:/events/0/startDate,2019-03-05,true error: after the end"))
                    .singleElement().asString().contains("refused elsewhere, not at /events/0/startDate");
        }

        @Test
        void reportsARefusedValueThatLooksLikeJsonButIsNot() {
            assertThat(problems("12,redacted,REFUSED:/events/0/name/en,[email protected],true error: redacted"))
                    .singleElement().asString().endsWith("the value starts as JSON but is not JSON: [email protected]");
        }

        @Test
        void namesHowAValueWasRefused() {
            FactTable table = table(
                    "5,ISBN cut short,REFUSED:/publications/0/editions/0/isbns/0/isbn,978-92-9068-241,true error: a digit is missing",
                    "6,wrong check digit,REFUSED:/publications/0/editions/0/isbns/0/isbn,9789290682418,true error: check digit",
                    "7,a printed value that starts with a bracket,REFUSED:/publications/0/editions/0/isbns/0/isbn,\"\"\"[978-92-9068-241-7]\"\"\",true error: brackets");

            assertThat(table.facts()).extracting(fact -> FactTable.refusal(DATASET, fact, JSON, VALIDATOR).refusedBy())
                    .containsExactly("reading: INVALID_VALUE", "validation: isbn.checksum", "reading: INVALID_VALUE");
        }
    }
}
