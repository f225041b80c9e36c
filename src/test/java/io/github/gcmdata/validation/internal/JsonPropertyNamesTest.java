package io.github.gcmdata.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gcmdata.model.Count;
import io.github.gcmdata.model.Place;
import io.github.gcmdata.model.Publication;
import org.hibernate.validator.spi.nodenameprovider.JavaBeanProperty;
import org.hibernate.validator.spi.nodenameprovider.Property;
import org.junit.jupiter.api.Test;

/** The names of violation paths' nodes: the records' JSON names, read from their annotations. */
class JsonPropertyNamesTest {

    private final JsonPropertyNames names = new JsonPropertyNames();

    private static JavaBeanProperty property(Class<?> type, String name, String member) {
        return new JavaBeanProperty() {
            @Override
            public Class<?> getDeclaringClass() {
                return type;
            }

            @Override
            public String getMemberName() {
                return member;
            }

            @Override
            public String getName() {
                return name;
            }
        };
    }

    /** A bean whose property is read through a getter, with no field of its name. */
    static final class Getter {

        public String getRemark() {
            return "remark";
        }
    }

    @Test
    void namesAComponentByTheNameItsJsonPropertyGives() {
        assertThat(names.getName(property(Publication.class, "abstractText", "abstractText"))).isEqualTo("abstract");
    }

    @Test
    void keepsTheNameOfAComponentWithoutAJsonName() {
        assertThat(names.getName(property(Place.class, "city", "city"))).isEqualTo("city");
        // @JsonProperty(required = true) marks it required but leaves its name as it is.
        assertThat(names.getName(property(Count.class, "value", "value"))).isEqualTo("value");
    }

    @Test
    void keepsTheNameOfAPropertyReadThroughAGetter() {
        assertThat(names.getName(property(Getter.class, "remark", "getRemark"))).isEqualTo("remark");
    }

    @Test
    void keepsTheNameOfAPropertyThatIsNoJavaBeanProperty() {
        Property property = () -> "abstractText";

        assertThat(names.getName(property)).isEqualTo("abstractText");
    }

    @Test
    void namesAPropertyByItsOwnTypeEachTimeAsked() {
        assertThat(names.getName(property(Publication.class, "abstractText", "abstractText"))).isEqualTo("abstract");
        assertThat(names.getName(property(Place.class, "abstractText", "abstractText"))).isEqualTo("abstractText");
        assertThat(names.getName(property(Publication.class, "abstractText", "abstractText"))).isEqualTo("abstract");
    }
}
