/**
 * Events as iCalendar (RFC 5545), for calendar programs: {@link io.github.gcmdata.icalendar.ICalendarWriter}
 * writes an event and each timed item of its agenda, in the event's time zone.
 */
package io.github.gcmdata.icalendar;
