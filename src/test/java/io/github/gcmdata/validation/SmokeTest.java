package io.github.gcmdata.validation;

import static io.github.gcmdata.validation.Fixtures.*;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void smoke() {
        var e = event("e1", LocalDate.of(2022, 3, 2), LocalDate.of(2022, 2, 28),
                List.of(day(LocalDate.of(2022, 3, 5), item("10:00", "09:00", speaker("nobody")), item("09:30", "11:00"))));
        System.out.println(GcmValidator.create().validate(e));
        var ds = dataset(List.of(organisation("iom"), organisation("iom")), List.of(person("p")),
                List.of(event("e2", LocalDate.of(2022, 2, 28), null, List.of(day(LocalDate.of(2022, 2, 28), item("10:00", "11:00", speaker("nobody")))))), List.of());
        System.out.println(GcmValidator.create(java.util.Locale.FRENCH).validate(ds));
    }
}
