package io.github.gcmdata.cli;

import io.github.gcmdata.identifier.LanguageTag;
import io.github.gcmdata.model.LocalizedText;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * Reduces every language map inside a record, however deep, to one language.
 *
 * <p>Each {@link LocalizedText} keeps the one entry that {@link LocalizedText#get(LanguageTag)}
 * chooses: the asked language, else English, else the first. Records are rebuilt through their
 * canonical constructors, so the result is as valid as the input.
 */
final class LanguageReduction {

    private final LanguageTag language;

    LanguageReduction(LanguageTag language) {
        this.language = language;
    }

    @SuppressWarnings("unchecked")
    <T> T reduce(T value) {
        if (value instanceof LocalizedText text) {
            return (T) text.only(language);
        }
        if (value instanceof List<?> list) {
            List<Object> reduced = new ArrayList<>();
            for (Object element : list) {
                reduced.add(reduce(element));
            }
            return (T) reduced;
        }
        if (value instanceof Record record) {
            return (T) reduceRecord(record);
        }
        return value;
    }

    private Record reduceRecord(Record record) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                values[i] = reduce(components[i].getAccessor().invoke(record));
                types[i] = components[i].getType();
            }
            Constructor<? extends Record> canonical = record.getClass().getDeclaredConstructor(types);
            return canonical.newInstance(values);
        } catch (ReflectiveOperationException e) {
            Throwable cause = e instanceof InvocationTargetException ? e.getCause() : e;
            throw new IllegalStateException("cannot rebuild " + record.getClass().getSimpleName(), cause);
        }
    }
}
