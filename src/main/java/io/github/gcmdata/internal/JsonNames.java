package io.github.gcmdata.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.RecordComponent;

/**
 * The JSON name of a record component, read from its {@link JsonProperty} annotation, so that no
 * second place knows the names: {@code Publication.abstractText} is {@code abstract}.
 *
 * <p>Not part of the API: this package is not exported.
 */
public final class JsonNames {

    private JsonNames() {
    }

    /**
     * Returns the JSON property name of a record component.
     *
     * @param component  the component, not null
     * @return the name its {@code JsonProperty} gives, or else the component's own name, not null
     */
    public static String of(RecordComponent component) {
        // JsonProperty does not target record components: Java keeps it on the accessor.
        JsonProperty property = component.getAccessor().getAnnotation(JsonProperty.class);
        return property == null || property.value().isEmpty() ? component.getName() : property.value();
    }

    /**
     * Returns the JSON name of an enum constant of the model, such as {@code not_voting}.
     *
     * @param constant  the constant, not null
     * @return the name its {@code JsonProperty} gives, or else the constant's own name, not null
     */
    public static String of(Enum<?> constant) {
        try {
            JsonProperty property = constant.getDeclaringClass().getField(constant.name()).getAnnotation(JsonProperty.class);
            return property == null || property.value().isEmpty() ? constant.name() : property.value();
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("no field for enum constant " + constant, e);
        }
    }
}
