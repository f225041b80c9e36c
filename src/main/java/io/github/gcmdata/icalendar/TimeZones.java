package io.github.gcmdata.icalendar;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;

/**
 * VTIMEZONE components built from the JDK's time-zone rules, the same rules that turned the
 * agenda's local times into instants: each observance is one transition, from the one in force
 * at the first time written to the last one before the last time written (RFC 5545 section
 * 3.6.5, and the truncated form of RFC 7809 section 3). A calendar reader that takes the
 * offsets from the VTIMEZONE therefore computes the same instants as java.time.
 */
final class TimeZones {

    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");
    /** The onset of the only observance of a zone that has no transition before the period. */
    private static final LocalDateTime NO_TRANSITION_ONSET = LocalDateTime.of(1970, 1, 1, 0, 0);

    private TimeZones() {
    }

    /** Writes the VTIMEZONE of a zone that covers the instants from {@code first} to {@code last}. */
    static void write(ContentLines lines, ZoneId zone, Instant first, Instant last) {
        ZoneRules rules = zone.getRules();
        lines.raw("BEGIN", "VTIMEZONE").raw("TZID", zone.getId());
        List<ZoneOffsetTransition> transitions = new ArrayList<>();
        ZoneOffsetTransition inForce = rules.previousTransition(first.plusNanos(1));
        if (inForce == null) {
            ZoneOffset offset = rules.getOffset(first);
            observance(lines, rules.isDaylightSavings(first), NO_TRANSITION_ONSET, offset, offset);
        } else {
            transitions.add(inForce);
        }
        for (ZoneOffsetTransition next = rules.nextTransition(first);
                next != null && !next.getInstant().isAfter(last);
                next = rules.nextTransition(next.getInstant())) {
            transitions.add(next);
        }
        for (ZoneOffsetTransition transition : transitions) {
            observance(lines, rules.isDaylightSavings(transition.getInstant()), transition.getDateTimeBefore(),
                    transition.getOffsetBefore(), transition.getOffsetAfter());
        }
        lines.raw("END", "VTIMEZONE");
    }

    private static void observance(ContentLines lines, boolean daylight, LocalDateTime onset, ZoneOffset from,
            ZoneOffset to) {
        String component = daylight ? "DAYLIGHT" : "STANDARD";
        lines.raw("BEGIN", component)
                .raw("DTSTART", LOCAL.format(onset))
                .raw("TZOFFSETFROM", offset(from))
                .raw("TZOFFSETTO", offset(to))
                .raw("END", component);
    }

    /** An offset as RFC 5545's UTC-OFFSET: a sign, hours and minutes, and seconds only when not zero. */
    static String offset(ZoneOffset offset) {
        int total = offset.getTotalSeconds();
        int abs = Math.abs(total);
        String text = String.format("%s%02d%02d", total < 0 ? "-" : "+", abs / 3600, abs / 60 % 60);
        return abs % 60 == 0 ? text : text + String.format("%02d", abs % 60);
    }
}
