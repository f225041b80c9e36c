package io.github.gcmdata.model;

import java.time.LocalTime;

/** Agendas are timed to the minute: the JSON form is {@code HH:mm}, which has no room for seconds. */
final class AgendaTimes {

    private AgendaTimes() {
    }

    static void requireWholeMinutes(LocalTime time, String name) {
        if (time != null && (time.getSecond() != 0 || time.getNano() != 0)) {
            throw new IllegalArgumentException(name + ": agenda times are to the minute, was " + time);
        }
    }
}
