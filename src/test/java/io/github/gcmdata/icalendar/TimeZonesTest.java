package io.github.gcmdata.icalendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** VTIMEZONE and UTC-OFFSET values as RFC 5545 sections 3.3.14 and 3.6.5 write them. */
class TimeZonesTest {

    @ParameterizedTest
    @CsvSource({
            "0, +0000",
            "3600, +0100",
            "-18000, -0500",
            "19800, +0530",
            "-12600, -0330",
            "50400, +1400",
            "-43200, -1200",
            "1050, +001730",
            "-1521, -002521"})
    void writesAnOffsetAsSignHoursMinutesAndSecondsOnlyWhenNotZero(int seconds, String expected) {
        assertThat(TimeZones.offset(ZoneOffset.ofTotalSeconds(seconds))).isEqualTo(expected);
    }

    @Test
    void zeroIsPlusBecauseMinusZeroIsNotAllowed() {
        assertThat(TimeZones.offset(ZoneOffset.UTC)).isEqualTo("+0000").doesNotStartWith("-");
    }

    @Test
    void aZoneWithoutTransitionsHasOneStandardObservanceOfItsFixedOffset() {
        ContentLines lines = new ContentLines();
        TimeZones.write(lines, ZoneId.of("Etc/GMT-3"), Instant.parse("2024-03-01T06:00:00Z"),
                Instant.parse("2024-03-01T09:00:00Z"));

        assertThat(lines.build()).isEqualTo("BEGIN:VTIMEZONE\r\nTZID:Etc/GMT-3\r\n"
                + "BEGIN:STANDARD\r\nDTSTART:19700101T000000\r\nTZOFFSETFROM:+0300\r\nTZOFFSETTO:+0300\r\nEND:STANDARD\r\n"
                + "END:VTIMEZONE\r\n");
    }

    @Test
    void aPeriodWithinOneObservanceWritesTheTransitionInForceOnly() {
        ContentLines lines = new ContentLines();
        TimeZones.write(lines, ZoneId.of("Europe/Zurich"), Instant.parse("2023-07-01T07:00:00Z"),
                Instant.parse("2023-07-03T10:00:00Z"));

        assertThat(lines.build()).isEqualTo("BEGIN:VTIMEZONE\r\nTZID:Europe/Zurich\r\n"
                + "BEGIN:DAYLIGHT\r\nDTSTART:20230326T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nEND:DAYLIGHT\r\n"
                + "END:VTIMEZONE\r\n");
    }

    @Test
    void aTransitionAtTheLastInstantIsWritten() {
        ContentLines lines = new ContentLines();
        TimeZones.write(lines, ZoneId.of("Europe/Zurich"), Instant.parse("2023-10-28T07:00:00Z"),
                Instant.parse("2023-10-29T01:00:00Z"));

        assertThat(lines.build()).contains("BEGIN:STANDARD\r\nDTSTART:20231029T030000\r\n");
    }
}
