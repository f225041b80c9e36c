package io.github.gcmdata.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {

    @Nested
    class Precisions {

        @ParameterizedTest
        @CsvSource({
            "1951,       YEAR,  1951",
            "2018-11,    MONTH, 2018",
            "2022-11-30, DAY,   2022",
            "0000,       YEAR,  0",
            "9999-12-31, DAY,   9999",
        })
        void parsesEachPrecisionAndPrintsItBack(String text, PartialDate.Precision precision, int year) {
            PartialDate date = PartialDate.parse(text);

            assertThat(date.precision()).isEqualTo(precision);
            assertThat(date.year()).isEqualTo(Year.of(year));
            assertThat(date).hasToString(text);
            assertThat(PartialDate.parse(date.toString())).isEqualTo(date);
        }

        @Test
        void factoriesMatchParsing() {
            assertThat(PartialDate.ofYear(1951)).isEqualTo(PartialDate.parse("1951"));
            assertThat(PartialDate.of(YearMonth.of(2018, 11))).isEqualTo(PartialDate.parse("2018-11"));
            assertThat(PartialDate.of(LocalDate.of(2022, 11, 30))).isEqualTo(PartialDate.parse("2022-11-30"));
        }

        @Test
        void printsYearsBelowOneThousandWithFourDigits() {
            assertThat(PartialDate.ofYear(800)).hasToString("0800");
            assertThat(PartialDate.of(YearMonth.of(5, 3))).hasToString("0005-03");
            assertThat(PartialDate.of(LocalDate.of(99, 1, 2))).hasToString("0099-01-02");
        }

        @Test
        void datesWithTheSameFirstDayButDifferentPrecisionAreNotEqual() {
            assertThat(PartialDate.parse("2018")).isNotEqualTo(PartialDate.parse("2018-01"));
            assertThat(PartialDate.parse("2018-01")).isNotEqualTo(PartialDate.parse("2018-01-01"));
            assertThat(PartialDate.parse("2018-01")).isEqualTo(PartialDate.parse("2018-01")).hasSameHashCodeAs(PartialDate.parse("2018-01"));
        }
    }

    @Nested
    class Calendar {

        @ParameterizedTest
        @ValueSource(strings = {"2022-02-30", "2023-02-29", "2100-02-29", "2022-04-31", "2022-13", "2022-00", "2022-01-00", "2022-01-32"})
        void rejectsDatesThatAreNotInTheCalendar(String text) {
            assertThatExceptionOfType(DateTimeException.class).isThrownBy(() -> PartialDate.parse(text));
        }

        @ParameterizedTest
        @ValueSource(strings = {"2024-02-29", "2000-02-29", "2022-04-30", "2022-12-31"})
        void acceptsDatesThatAreInTheCalendar(String text) {
            assertThat(PartialDate.parse(text).earliestDay()).isEqualTo(LocalDate.parse(text));
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "51", "195", "19510", "1951-1", "1951-011", "1951-01-1", "1951/01/01", "1951-01-01T00:00",
            "-1951", "+1951", " 1951", "1951-01-01 ", "01-01-1951", "１９５１"})
        void rejectsOtherShapesQuotingTheText(String text) {
            assertThatExceptionOfType(DateTimeException.class)
                    .isThrownBy(() -> PartialDate.parse(text))
                    .withMessage("Text '" + text + "' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD");
        }

        @ParameterizedTest
        @ValueSource(ints = {-1, 10000, -10000})
        void rejectsYearsOutsideZeroToNineThousandNineHundredNinetyNine(int year) {
            assertThatExceptionOfType(DateTimeException.class).isThrownBy(() -> PartialDate.ofYear(year));
            assertThatExceptionOfType(DateTimeException.class).isThrownBy(() -> PartialDate.of(YearMonth.of(year, 1)));
            assertThatExceptionOfType(DateTimeException.class).isThrownBy(() -> PartialDate.of(LocalDate.of(year, 1, 1)));
        }

        @Test
        void rejectsNull() {
            assertThatNullPointerException().isThrownBy(() -> PartialDate.parse(null));
        }
    }

    @Nested
    class Range {

        @ParameterizedTest
        @CsvSource({
            "2024,       2024-01-01, 2024-12-31",
            "2023-02,    2023-02-01, 2023-02-28",
            "2024-02,    2024-02-01, 2024-02-29",
            "2018-11,    2018-11-01, 2018-11-30",
            "2018-12,    2018-12-01, 2018-12-31",
            "2022-11-30, 2022-11-30, 2022-11-30",
        })
        void earliestAndLatestDayCoverTheWholePrecision(String text, LocalDate earliest, LocalDate latest) {
            PartialDate date = PartialDate.parse(text);

            assertThat(date.earliestDay()).isEqualTo(earliest);
            assertThat(date.latestDay()).isEqualTo(latest);
        }

        @ParameterizedTest
        @CsvSource({
            "2017,       2018-11,    true",
            "2018,       2018-11,    false",
            "2018-11,    2018,       false",
            "2018-10,    2018-11,    true",
            "2018-10-31, 2018-11,    true",
            "2018-11-01, 2018-11,    false",
            "2018-11,    2018-12-01, true",
            "2018-11,    2018-11-30, false",
            "2022-11-29, 2022-11-30, true",
            "2022-11-30, 2022-11-30, false",
            "2022-12-01, 2022-11-30, false",
            "2018,       2019,       true",
            "2018,       2018,       false",
        })
        void isCertainlyBeforeOnlyWhenEveryPossibleDayIsBefore(String one, String other, boolean before) {
            assertThat(PartialDate.parse(one).isCertainlyBefore(PartialDate.parse(other))).isEqualTo(before);
        }
    }

    @Nested
    class Ordering {

        @Test
        void comparesByFirstDayThenByPrecision() {
            List<PartialDate> dates = new ArrayList<>();
            for (String text : new String[] {"2018-11-30", "2019", "2018-11", "2018", "2018-01-01", "2018-01", "2017-12-31"}) {
                dates.add(PartialDate.parse(text));
            }
            Collections.sort(dates);

            assertThat(dates).extracting(PartialDate::toString)
                    .containsExactly("2017-12-31", "2018", "2018-01", "2018-01-01", "2018-11", "2018-11-30", "2019");
        }

        @Test
        void compareToIsZeroOnlyForEqualDates() {
            assertThat(PartialDate.parse("2018-11")).isEqualByComparingTo(PartialDate.parse("2018-11"));
            assertThat(PartialDate.parse("2018")).isLessThan(PartialDate.parse("2018-01"));
            assertThat(PartialDate.parse("2018-01-01")).isGreaterThan(PartialDate.parse("2018-01"));
        }
    }
}
