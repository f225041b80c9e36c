package io.github.gcmdata.validation.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.validator.spi.nodenameprovider.JavaBeanProperty;
import org.hibernate.validator.spi.nodenameprovider.Property;
import org.hibernate.validator.spi.nodenameprovider.PropertyNodeNameProvider;

/**
 * Names the nodes of violation paths by their JSON property names, read from the records'
 * {@link JsonProperty} annotations ({@code abstractText} is {@code abstract}), so that no second
 * place knows them.
 */
public final class JsonPropertyNames implements PropertyNodeNameProvider {

    private final Map<String, String> names = new ConcurrentHashMap<>();

    /** Creates the provider. */
    public JsonPropertyNames() {
    }

    @Override
    public String getName(Property property) {
        if (!(property instanceof JavaBeanProperty bean)) {
            return property.getName();
        }
        Class<?> type = bean.getDeclaringClass();
        String name = bean.getName();
        return names.computeIfAbsent(type.getName() + '#' + name, key -> jsonName(type, name, bean.getMemberName()));
    }

    private static String jsonName(Class<?> type, String name, String member) {
        try {
            JsonProperty annotation = type.getDeclaredField(member).getAnnotation(JsonProperty.class);
            return annotation == null || annotation.value().isEmpty() ? name : annotation.value();
        } catch (NoSuchFieldException e) {
            return name;
        }
    }
}
