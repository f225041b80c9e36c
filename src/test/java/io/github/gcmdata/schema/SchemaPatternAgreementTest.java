package io.github.gcmdata.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gcmdata.identifier.CountryCode;
import io.github.gcmdata.identifier.CurrencyCode;
import io.github.gcmdata.identifier.Doi;
import io.github.gcmdata.identifier.EmailAddress;
import io.github.gcmdata.identifier.Isbn;
import io.github.gcmdata.identifier.Issn;
import io.github.gcmdata.identifier.LanguageTag;
import io.github.gcmdata.identifier.UnDocumentSymbol;
import io.github.gcmdata.identifier.Url;
import io.github.gcmdata.json.GcmJson;
import io.github.gcmdata.model.PartialDate;
import io.github.gcmdata.model.Registration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The patterns of the bundled dataset schema agree with the library's parsers: text that a pattern
 * accepts is read by the parser (the schema never promises what reading refuses), and what the
 * library writes matches the pattern (the schema never refuses what the library writes). Both are
 * checked on samples: well-formed values, values in other spellings, and malformed ones.
 *
 * <p>The known gaps, where a pattern accepts what reading refuses, are listed as such: a day that is
 * not in the calendar ({@code 2022-02-30}: a pattern does not count days per month; {@code format:
 * date} catches it where a validator asserts formats) and a URI whose syntax is subtly wrong.
 */
class SchemaPatternAgreementTest {

    private static final JsonNode DEFS = JsonMapper.builder().build().readTree(JsonSchemas.dataset()).get("$defs");

    static Stream<Arguments> samples() {
        return Stream.of(
                type("Isbn", text -> Isbn.parse(text).digits(),
                        "9789290687801", "9789290687802", "929068780X", "9290687801", "978-92-9068-780-1",
                        "978929068780", "97892906878011", "978929068780X", "92906878X1", "isbn", "",
                        "9791090636071", "1234567890128", "0000000000000", "ISBN 978-92-9068-780-1"),
                type("Issn", text -> Issn.parse(text).value(),
                        "1726-4030", "1726-2224", "1726-403X", "1726-403x", "17264030", "1726-40A0", "1726 4030", "",
                        "ISSN 1726-2224"),
                type("CountryCode", text -> CountryCode.parse(text).code(),
                        "CH", "CHE", "756", "004", "ch", "C", "CHEE", "75", "7560", "C1", ""),
                type("CurrencyCode", text -> CurrencyCode.parse(text).code(),
                        "USD", "CHF", "XXX", "usd", "Usd", "US", "USDD", "US$", "$", "U5D", "USD ", " USD", "ÜSD", ""),
                type("LanguageTag", text -> LanguageTag.parse(text).tag(),
                        "en", "fr", "es", "es-419", "zh-Hant-TW", "sr-Latn", "de-CH-1996", "en-GB", "pt-BR",
                        "EN", "en-gb", "zh-hant", "en_GB", "e", "x-private", "en-", "-en", "",
                        "und", "UND", "und-x-iom", "mul", "zxx", "qaa-Latn"),
                type("UnDocumentSymbol", text -> UnDocumentSymbol.parse(text).symbol(),
                        "A/RES/73/195", "A/70/976", "E/CN.9/2019/1", "A/C.3/73/L.20", "S/RES/2240(2015)",
                        "A RES 73 195", "A/", "/RES", "a/res/73/195", ""),
                type("Doi", text -> Doi.parse(text).name(),
                        "10.18356/9789210026659", "10.1000.10/abc", "doi:10.18356/9789210026659",
                        "https://doi.org/10.18356/9789210026659", "10.18/x", "11.18356/x", "10.18356/", "10.18356/a b", ""),
                type("Url", text -> Url.parse(text).text(),
                        "https://www.iom.int/", "http://example.org/a?b=c#d", "mailto:press@iom.int", "urn:isbn:9789290687801",
                        "www.iom.int", "/relative/path", "https://www.iom.int/a b", "!https://", ""),
                type("EmailAddress", text -> EmailAddress.parse(text).address(),
                        "ngiordano@iom.int", "a.b+c@sub.example.org", "NGiordano@IOM.INT", "no-at-sign", "@iom.int",
                        "a@", "a@b@c", "a b@iom.int", ""),
                type("PartialDate", text -> PartialDate.parse(text).toString(),
                        "1951", "2018-11", "2022-11-30", "2024-02-29", "0000", "51", "2018-13", "2018-1", "!2022-11-31",
                        "!2022-02-30", "2022-00", "20221130", ""),
                type("LocalDate", text -> LocalDate.parse(text).toString(),
                        "2022-02-28", "2024-02-29", "!2022-02-30", "2022-13-01", "2022-2-28", "22-02-28", "2022-02-28T10:00", ""),
                type("LocalTime", text -> LocalTime.parse(text, DateTimeFormatter.ofPattern("HH:mm")).toString(),
                        "09:00", "00:00", "23:59", "24:00", "25:00", "9:00", "09:60", "09:00:00", "0900", ""),
                type("LocalDateTime", SchemaPatternAgreementTest::deadline,
                        "2019-02-22T18:00", "2024-02-29T23:59", "!2022-02-30T10:00", "2022-02-28T24:00", "2022-02-28 18:00",
                        "2022-02-28T18:00:00", "2022-02-28", "2022-02-28T9:00", "20220228T1800", ""));
    }

    /** A registration deadline read and written by the library, as the JSON of a registration holds it. */
    private static String deadline(String text) {
        String json = GcmJson.standard().write(GcmJson.standard().read("{\"deadline\": \"" + text + "\"}", Registration.class));
        return json.substring(json.indexOf(":\"") + 2, json.lastIndexOf('"'));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void whatThePatternAcceptsIsReadAndWhatIsWrittenMatchesThePattern(String def, Function<String, String> readAndWrite,
            List<String> samples) {
        Pattern pattern = Pattern.compile(DEFS.get(def).get("pattern").asString());

        for (String entry : samples) {
            boolean knownGap = entry.startsWith("!");
            String sample = knownGap ? entry.substring(1) : entry;
            String written;
            try {
                written = readAndWrite.apply(sample);
            } catch (RuntimeException e) {
                assertThat(pattern.matcher(sample).find())
                        .as(knownGap ? "%s accepts %s, a known gap" : "%s accepts %s, which the library cannot read", def, sample)
                        .isEqualTo(knownGap);
                continue;
            }
            assertThat(knownGap).as("%s is read: no gap", sample).isFalse();
            assertThat(pattern.matcher(written).find()).as("%s refuses %s, which the library writes", def, written).isTrue();
        }
    }

    /** The samples of one definition; a sample marked {@code !} is a known gap: the pattern accepts it, reading refuses it. */
    private static Arguments type(String def, Function<String, String> readAndWrite, String... samples) {
        return Arguments.of(def, readAndWrite, List.of(samples));
    }
}
