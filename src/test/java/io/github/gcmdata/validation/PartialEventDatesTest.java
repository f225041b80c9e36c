package io.github.gcmdata.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.gcmdata.json.GcmJson;
import io.github.gcmdata.model.AgendaDay;
import io.github.gcmdata.model.Event;
import io.github.gcmdata.model.EventKind;
import io.github.gcmdata.model.LocalizedText;
import io.github.gcmdata.model.PartialDate;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Events known only to the month or year ("a workshop in late September 2017") are first-class. */
class PartialEventDatesTest {

    private static final GcmValidator VALIDATOR = GcmValidator.create();

    private static Event.Builder workshop(String start) {
        return Event.builder("workshop", LocalizedText.of("fr", "Atelier"), EventKind.WORKSHOP, PartialDate.parse(start));
    }

    @Test
    void readsAndWritesAnEventKnownToTheMonth() {
        String json = GcmJson.standard().write(workshop("2017-09").build());

        assertThat(json).contains("\"startDate\":\"2017-09\"");
        assertThat(GcmJson.standard().read(json, Event.class).startDate().precision()).isEqualTo(PartialDate.Precision.MONTH);
    }

    @Test
    void anAgendaDayAnywhereInTheMonthIsInsideTheEvent() {
        Event event = workshop("2017-09").agenda(new AgendaDay(LocalDate.of(2017, 9, 28), null, List.of())).build();

        assertThat(VALIDATOR.validate(event).violations()).isEmpty();
    }

    @Test
    void anAgendaDayOutsideTheMonthIsReported() {
        Event event = workshop("2017-09").agenda(new AgendaDay(LocalDate.of(2017, 10, 1), null, List.of())).build();

        assertThat(VALIDATOR.validate(event).violations()).extracting(Violation::jsonPointer, Violation::code)
                .containsExactly(tuple("/agenda/0/date", "agenda.dayOutsideEvent"));
    }

    @Test
    void anEndThatIsCertainlyBeforeTheStartIsReported() {
        Event event = workshop("2017-10").endDate(PartialDate.parse("2017-09")).build();

        assertThat(VALIDATOR.validate(event).violations()).extracting(Violation::jsonPointer, Violation::code)
                .containsExactly(tuple("/endDate", "date.endBeforeStart"));
    }

    @Test
    void anEndThatMayBeTheSameDayAsTheStartIsNotReported() {
        Event event = workshop("2017").endDate(PartialDate.parse("2017-01-01")).build();

        assertThat(VALIDATOR.validate(event).violations()).isEmpty();
    }
}
