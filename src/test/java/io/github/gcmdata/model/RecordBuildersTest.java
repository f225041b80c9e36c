package io.github.gcmdata.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.gcmdata.model.BuilderSamples.Variant;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The builders of the records are complete: a setter for every component (a {@code List} and a
 * varargs one for every list), a copy through {@code toBuilder()} that builds an equal record, a
 * setter that changes its component and no other, required components taken by
 * {@code builder(...)}, and clear messages for a null list or element.
 *
 * <p>Runs on the fully populated samples of {@link BuilderSamples}.
 */
class RecordBuildersTest {

    static Stream<Class<? extends Record>> recordsWithBuilders() {
        return BuilderSamples.ALL.keySet().stream().sorted(Comparator.comparing(Class::getSimpleName));
    }

    @Nested
    class Coverage {

        @Test
        void everyRecordWithABuilderHasSamplesAndNoOther() {
            List<Class<? extends Record>> withBuilders = RecordContractsTest.MODEL_RECORDS.stream()
                    .filter(type -> Arrays.stream(type.getDeclaredClasses()).anyMatch(nested -> nested.getSimpleName().equals("Builder")))
                    .collect(Collectors.toList());

            assertThat(BuilderSamples.ALL.keySet()).containsExactlyInAnyOrderElementsOf(withBuilders);
        }

        /**
         * The rule for which records have a builder: a required component, which builder(...) takes,
         * and three optional ones or more, which a canonical constructor call would fill with runs of
         * nulls. Records without a required component (Place, Position, Source, ContactPoint) are
         * small values written positionally.
         */
        @Test
        void recordsWithARequiredAndThreeOptionalComponentsHaveBuildersAndNoOther() {
            List<Class<? extends Record>> qualifying = RecordContractsTest.MODEL_RECORDS.stream()
                    .filter(type -> {
                        long required = components(type).filter(RecordBuildersTest::isRequired).count();
                        return required >= 1 && type.getRecordComponents().length - required >= 3;
                    })
                    .collect(Collectors.toList());

            assertThat(BuilderSamples.ALL.keySet()).containsExactlyInAnyOrderElementsOf(qualifying);
        }

        @ParameterizedTest
        @MethodSource("io.github.gcmdata.model.RecordBuildersTest#recordsWithBuilders")
        void builderIsAPublicFinalClassThatOnlyTheRecordCreates(Class<? extends Record> type) {
            Class<?> builder = builderOf(type);

            assertThat(Modifier.isPublic(builder.getModifiers()) && Modifier.isStatic(builder.getModifiers())
                    && Modifier.isFinal(builder.getModifiers())).as("public static final").isTrue();
            assertThat(builder.getConstructors()).as("public constructors").isEmpty();
            assertThat(Modifier.isPublic(builder.getSuperclass().getModifiers())).as("the generated base is public").isFalse();
        }
    }

    @TestFactory
    Stream<DynamicNode> everyComponentHasASetter() {
        return recordsWithBuilders().map(type -> dynamicContainer(type.getSimpleName(), components(type).map(component ->
                dynamicTest(component.getName(), () -> {
                    Class<?> builder = builderOf(type);
                    Method setter = builder.getMethod(component.getName(), component.getType());

                    assertThat(setter.getReturnType()).isEqualTo(builder);
                    if (isList(component)) {
                        Class<?> arrayType = arrayOf(elementType(component)).getClass();
                        assertThat(builder.getMethod(component.getName(), arrayType).getReturnType()).isEqualTo(builder);
                        // The public method is javac's bridge, which does not carry the varargs flag of the method it calls.
                        assertThat(builder.getSuperclass().getDeclaredMethod(component.getName(), arrayType).isVarArgs()).as("varargs").isTrue();
                    }
                }))));
    }

    @ParameterizedTest
    @MethodSource("recordsWithBuilders")
    void samplesSetEveryComponentToDifferentValues(Class<? extends Record> type) {
        Record first = sample(type, Variant.FIRST);
        Record second = sample(type, Variant.SECOND);

        components(type).forEach(component -> {
            Object one = valueOf(component, first);
            Object other = valueOf(component, second);
            assertThat(one).as("%s.%s of the first sample", type.getSimpleName(), component.getName()).isNotNull().isNotEqualTo(List.of());
            assertThat(other).as("%s.%s of the second sample", type.getSimpleName(), component.getName()).isNotNull().isNotEqualTo(List.of());
            assertThat(one).as("%s.%s in the two samples", type.getSimpleName(), component.getName()).isNotEqualTo(other);
        });
    }

    @ParameterizedTest
    @MethodSource("recordsWithBuilders")
    void toBuilderBuildsAnEqualRecord(Class<? extends Record> type) {
        for (Variant variant : Variant.values()) {
            Record sample = sample(type, variant);

            Record copy = build(toBuilder(sample));

            assertThat(copy).isEqualTo(sample).isNotSameAs(sample);
        }
    }

    @TestFactory
    Stream<DynamicNode> everySetterChangesItsComponentAndNoOther() {
        return recordsWithBuilders().map(type -> dynamicContainer(type.getSimpleName(), components(type).flatMap(component -> {
            Record first = sample(type, Variant.FIRST);
            Object changed = valueOf(component, sample(type, Variant.SECOND));
            List<DynamicNode> tests = new ArrayList<>();
            tests.add(dynamicTest(component.getName(), () ->
                    assertChangesOnly(first, component, set(toBuilder(first), component, changed))));
            if (isList(component)) {
                tests.add(dynamicTest(component.getName() + " (varargs)", () ->
                        assertChangesOnly(first, component, setVarargs(toBuilder(first), component, ((List<?>) changed).toArray()))));
            }
            return tests.stream();
        })));
    }

    @ParameterizedTest
    @MethodSource("recordsWithBuilders")
    void builderStartsFromTheRequiredComponentsAlone(Class<? extends Record> type) throws ReflectiveOperationException {
        Record sample = sample(type, Variant.FIRST);
        List<RecordComponent> required = components(type).filter(RecordBuildersTest::isRequired).collect(Collectors.toList());
        List<String> requiredNames = required.stream().map(RecordComponent::getName).collect(Collectors.toList());
        Method factory = type.getMethod("builder", required.stream().map(RecordComponent::getType).toArray(Class<?>[]::new));

        Record built = build(factory.invoke(null, required.stream().map(component -> valueOf(component, sample)).toArray()));

        components(type).forEach(component -> {
            Object value = valueOf(component, built);
            if (requiredNames.contains(component.getName())) {
                assertThat(value).as(component.getName()).isEqualTo(valueOf(component, sample));
            } else if (component.getType() == boolean.class) {
                assertThat(value).as(component.getName()).isEqualTo(false);
            } else if (isList(component)) {
                assertThat(value).as(component.getName()).isEqualTo(List.of());
            } else if (component.getType() == boolean.class) {
                // A flag written only when true starts false.
                assertThat(value).as(component.getName()).isEqualTo(false);
            } else {
                assertThat(value).as(component.getName()).isNull();
            }
        });
    }

    @TestFactory
    Stream<DynamicNode> missingRequiredComponentFailsTheBuildNamingIt() {
        return recordsWithBuilders().map(type -> dynamicContainer(type.getSimpleName(), components(type)
                .filter(component -> isRequired(component) && !component.getType().isPrimitive())
                .map(component -> dynamicTest(component.getName(), () -> {
                    Object builder = set(toBuilder(sample(type, Variant.FIRST)), component, null);

                    assertThatNullPointerException().isThrownBy(() -> build(builder)).withMessage(component.getName() + " is required");
                }))));
    }

    @TestFactory
    Stream<DynamicNode> nullListOrElementIsRefusedNamingTheSetter() {
        return recordsWithBuilders().map(type -> dynamicContainer(type.getSimpleName(), components(type)
                .filter(RecordBuildersTest::isList)
                .map(component -> {
                    Record sample = sample(type, Variant.FIRST);
                    String setter = type.getSimpleName() + ".Builder." + component.getName() + "(...): ";
                    Object element = ((List<?>) valueOf(component, sample)).get(0);
                    List<Object> withNull = new ArrayList<>(List.of(element));
                    withNull.add(null);
                    Object[] arrayWithNull = arrayOf(elementType(component), element, null);
                    return dynamicContainer(component.getName(), Stream.of(
                            dynamicTest("null list", () -> assertRefused(sample, component,
                                    builder -> set(builder, component, null), setter + "the list is null; pass an empty list for none")),
                            dynamicTest("null element", () -> assertRefused(sample, component,
                                    builder -> set(builder, component, withNull), setter + "element 1 is null")),
                            dynamicTest("null array", () -> assertRefused(sample, component,
                                    builder -> setVarargs(builder, component, null), setter + "the array is null; call it with no argument for none")),
                            dynamicTest("null vararg", () -> assertRefused(sample, component,
                                    builder -> setVarargs(builder, component, arrayWithNull), setter + "element 1 is null"))));
                })));
    }

    @Test
    void builderIsIndependentOfTheRecordsItBuilt() {
        Event.Builder builder = BuilderSamples.event(Variant.FIRST).toBuilder();
        Event before = builder.build();

        Event after = builder.relatedObjectives(1).name(LocalizedText.of("en", "Renamed")).build();

        assertThat(before.relatedObjectives()).containsExactly(7, 10);
        assertThat(before.name()).isEqualTo(LocalizedText.of("en", "International Dialogue on Migration 2022"));
        assertThat(after.relatedObjectives()).containsExactly(1);
        assertThat(after.name()).isEqualTo(LocalizedText.of("en", "Renamed"));
    }

    @Test
    void listSetterCopiesTheListItIsGiven() {
        List<Integer> objectives = new ArrayList<>(List.of(7, 8));
        Event.Builder builder = BuilderSamples.event(Variant.FIRST).toBuilder().relatedObjectives(objectives);
        objectives.add(9);

        assertThat(builder.build().relatedObjectives()).containsExactly(7, 8);
    }

    // ---- Reflection ----

    private interface BuilderStep {
        Object apply(Object builder) throws Throwable;
    }

    private static void assertRefused(Record sample, RecordComponent component, BuilderStep step, String message) throws Throwable {
        Object builder = toBuilder(sample);

        assertThatNullPointerException().isThrownBy(() -> step.apply(builder)).withMessage(message);
        assertThat(valueOf(component, build(builder))).as("the list after the refused call").isEqualTo(valueOf(component, sample));
    }

    private static void assertChangesOnly(Record first, RecordComponent changed, Object builder) {
        Record built = build(builder);
        components(first.getClass().asSubclass(Record.class)).forEach(component -> {
            Object expected = component.getName().equals(changed.getName()) ? valueOf(component, sample(first.getClass().asSubclass(Record.class), Variant.SECOND))
                    : valueOf(component, first);
            assertThat(valueOf(component, built)).as(component.getName()).isEqualTo(expected);
        });
    }

    private static Record sample(Class<? extends Record> type, Variant variant) {
        return BuilderSamples.ALL.get(type).apply(variant);
    }

    private static Stream<RecordComponent> components(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents());
    }

    private static boolean isList(RecordComponent component) {
        return component.getType() == List.class;
    }

    private static boolean isRequired(RecordComponent component) {
        JsonProperty property = component.getAccessor().getAnnotation(JsonProperty.class);
        return property != null && property.required();
    }

    private static Class<?> elementType(RecordComponent component) {
        return (Class<?>) ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0];
    }

    private static Object[] arrayOf(Class<?> elementType, Object... elements) {
        Object[] array = (Object[]) Array.newInstance(elementType, elements.length);
        System.arraycopy(elements, 0, array, 0, elements.length);
        return array;
    }

    private static Class<?> builderOf(Class<? extends Record> type) {
        return Arrays.stream(type.getDeclaredClasses())
                .filter(nested -> nested.getSimpleName().equals("Builder"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(type.getSimpleName() + " has no Builder"));
    }

    private static Object valueOf(RecordComponent component, Record record) {
        return invoke(component.getAccessor(), record);
    }

    private static Object toBuilder(Record record) {
        return invoke(method(record.getClass(), "toBuilder"), record);
    }

    private static Record build(Object builder) {
        return (Record) invoke(method(builder.getClass(), "build"), builder);
    }

    private static Object set(Object builder, RecordComponent component, Object value) {
        return invoke(method(builder.getClass(), component.getName(), component.getType()), builder, value);
    }

    private static Object setVarargs(Object builder, RecordComponent component, Object[] values) {
        Object[] array = values == null ? null : arrayOf(elementType(component), values);
        Class<?> arrayType = arrayOf(elementType(component)).getClass();
        return invoke(method(builder.getClass(), component.getName(), arrayType), builder, (Object) array);
    }

    private static Method method(Class<?> type, String name, Class<?>... parameterTypes) {
        try {
            return type.getMethod(name, parameterTypes);
        } catch (NoSuchMethodException e) {
            throw new AssertionError(type.getName() + " has no method " + name + Arrays.toString(parameterTypes), e);
        }
    }

    /** Calls a method, rethrowing what it throws unwrapped, so that tests see the library's exception. */
    private static Object invoke(Method method, Object target, Object... arguments) {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException) {
                throw (RuntimeException) e.getCause();
            }
            throw new AssertionError(e.getCause());
        } catch (IllegalAccessException e) {
            throw new AssertionError("Cannot call " + method, e);
        }
    }
}
