package io.github.gcmdata.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.github.gcmdata.identifier.CountryCode;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import org.junit.jupiter.api.Test;

class ComponentReaderTest {

    /** A record that is not public: code outside its class cannot call its accessors. */
    private record Hidden(String name) {
    }

    /** A public record whose accessors throw, one a checked exception by a generic sneaky throw. */
    public record Throwing(String unchecked, String checked) {

        @Override
        public String unchecked() {
            throw new IllegalArgumentException("unchecked");
        }

        @Override
        public String checked() {
            return sneakyThrow(new IOException("checked"));
        }

        @SuppressWarnings("unchecked")
        private static <E extends Throwable> String sneakyThrow(Throwable e) throws E {
            throw (E) e;
        }
    }

    @Test
    void readsAComponentOfAPublicRecord() {
        ComponentReader reader = ComponentReader.of(component(CountryCode.class, 0)).orElseThrow();

        assertThat(reader.read(CountryCode.parse("ch"))).isEqualTo("CH");
    }

    @Test
    void hasNoReaderForARecordThatIsNotPublic() {
        assertThat(ComponentReader.of(component(Hidden.class, 0))).isEmpty();
    }

    @Test
    void throwsAnUncheckedExceptionOfTheAccessorAsItIs() {
        ComponentReader reader = ComponentReader.of(component(Throwing.class, 0)).orElseThrow();

        assertThatIllegalArgumentException().isThrownBy(() -> reader.read(new Throwing("a", "b"))).withMessage("unchecked");
    }

    @Test
    void wrapsACheckedExceptionOfTheAccessor() {
        ComponentReader reader = ComponentReader.of(component(Throwing.class, 1)).orElseThrow();

        assertThatIllegalStateException().isThrownBy(() -> reader.read(new Throwing("a", "b")))
                .withCauseInstanceOf(IOException.class);
    }

    private static RecordComponent component(Class<?> type, int index) {
        return type.getRecordComponents()[index];
    }
}
